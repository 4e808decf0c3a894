// What a stored workspace must look like: the bundled spec's `components.schemas.Workspace`, plus
// what its descriptions say in prose. A field added to the spec is checked with no edit here.
import type { Workspace } from '@openrouter-kit/types'
import { components } from '@openrouter-kit/types/openapi.json'
import { refineSchema } from './api-key-schema'
import type { JsonSchema } from './json-schema'
import { describeValue, isPlainObject } from './json-value'
import { recordProblem } from './record-problem'

export const WORKSPACE_REFINEMENTS: Readonly<Record<string, JsonSchema>> = {
  // GET /workspaces/{id} finds a workspace by either; neither can be empty.
  name: { minLength: 1 },
  slug: { minLength: 1 },
  // "ISO 8601 timestamp" in the descriptions.
  created_at: { format: 'date-time' },
  updated_at: { format: 'date-time' },
}

export const SPEC_WORKSPACE_SCHEMA = components.schemas.Workspace as unknown as JsonSchema

export const WORKSPACE_SCHEMA = refineSchema(SPEC_WORKSPACE_SCHEMA, WORKSPACE_REFINEMENTS)

const PARTIAL_WORKSPACE_SCHEMA: JsonSchema = { ...WORKSPACE_SCHEMA, required: [] }

const KIND = { noun: 'the workspace', kind: 'Workspace' }

/** The fields given to addWorkspace, each valid for its spec type; undefined counts as omitted. */
export function definedWorkspaceFields(partial: unknown, where: string): Partial<Workspace> {
  if (!isPlainObject(partial)) {
    throw new TypeError(
      `${where}: expected an object of Workspace fields, got ${describeValue(partial)}`,
    )
  }
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  )
  const problem = recordProblem(defined, '', PARTIAL_WORKSPACE_SCHEMA, KIND)
  if (problem) throw new TypeError(`${where}: ${problem}`)
  return defined as Partial<Workspace>
}

/** A complete workspace (generated fields merged with given ones) must match the spec. */
export function assertCompleteWorkspace(workspace: Workspace, where: string): void {
  const problem = recordProblem(workspace, '', WORKSPACE_SCHEMA, KIND)
  if (problem) throw new TypeError(`${where}: ${problem}`)
}
