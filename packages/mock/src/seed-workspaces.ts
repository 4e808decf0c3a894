// The workspaces the mock starts with: the default one, "Production" (OTHER_WORKSPACE_ID) and
// "Staging" (THIRD_WORKSPACE_ID), then generated ones when `workspaces` asks for more. Fixed
// dates and seeded ids, so the same options always give the same account.
import type { Workspace } from '@openrouter-kit/types'
import { DEFAULT_WORKSPACE_ID, OTHER_WORKSPACE_ID, THIRD_WORKSPACE_ID } from './constants'
import { type Random, randomUuid, uuidFromText } from './random'
import { isoSeconds } from './seed-keys'

/** The seeded workspaces are created on this day, one day apart. */
const FIRST_WORKSPACE_CREATED_AT = Date.UTC(2025, 0, 15, 9, 0, 0)
const DAY_MS = 86_400_000

interface WorkspaceIdentity {
  id: string
  name: string
  slug: string
  description: string | null
}

const NAMED_WORKSPACES: readonly WorkspaceIdentity[] = [
  {
    id: DEFAULT_WORKSPACE_ID,
    name: 'Default Workspace',
    slug: 'default',
    description: 'The account default workspace',
  },
  {
    id: OTHER_WORKSPACE_ID,
    name: 'Production',
    slug: 'production',
    description: 'Production environment workspace',
  },
  {
    id: THIRD_WORKSPACE_ID,
    name: 'Staging',
    slug: 'staging',
    description: 'Staging environment workspace',
  },
]

/** A complete workspace with upstream-like settings (logging off, no default models). */
export function makeWorkspace(
  identity: WorkspaceIdentity,
  createdAt: number,
  createdBy: string | null = null,
): Workspace {
  return {
    id: identity.id,
    // "Deterministic ID derived from the workspace ID", as the spec describes it.
    default_guardrail_id: uuidFromText(`default-guardrail:${identity.id.toLowerCase()}`),
    name: identity.name,
    slug: identity.slug,
    description: identity.description,
    default_text_model: null,
    default_image_model: null,
    default_provider_sort: null,
    include_byok_in_budgets: false,
    io_logging_api_key_ids: null,
    io_logging_sampling_rate: 1,
    is_data_discount_logging_enabled: true,
    is_observability_broadcast_enabled: false,
    is_observability_io_logging_enabled: false,
    created_at: isoSeconds(createdAt),
    updated_at: null,
    created_by: createdBy,
  }
}

/** The default workspace and `extra` more (the two named ones first), oldest first. */
export function seedWorkspaces(extra: number, random: Random): Workspace[] {
  const workspaces: Workspace[] = []
  for (let index = 0; index <= extra; index++) {
    const number = index + 1
    const identity = NAMED_WORKSPACES[index] ?? {
      id: randomUuid(random),
      name: `Workspace ${number}`,
      slug: `workspace-${number}`,
      description: null,
    }
    workspaces.push(makeWorkspace(identity, FIRST_WORKSPACE_CREATED_AT + index * DAY_MS))
  }
  return workspaces
}
