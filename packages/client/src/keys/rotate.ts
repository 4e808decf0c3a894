// Rotating a key: create a successor with the old key's settings, then retire the old one as
// asked. Default 'keep': deploy the new secret first, then disable the old key yourself. If
// retiring fails after the successor exists, RotationError carries the new key and its secret,
// so the secret is never lost.
import type { ApiKey, CreateApiKeyRequest, CreateApiKeyResponse } from '@openrouter-kit/types'
import type { ClientCore } from '../core/client-core'
import type { RequestOptions } from '../core/options'
import { InvalidRequestError, type OpenRouterError, RotationError } from '../errors'
import { deleteApiKey, getApiKey, updateApiKey } from '../generated/operations'
import { createKey } from './create'

export type RetireMode = 'keep' | 'disable' | 'delete'

/** What a rotation may change for the successor; everything else is copied from the old key. */
export interface RotateOptions
  extends Partial<
    Pick<
      CreateApiKeyRequest,
      'name' | 'limit' | 'limit_reset' | 'include_byok_in_limit' | 'expires_at'
    >
  > {
  /** What happens to the old key once the successor exists. Default 'keep'. */
  retire?: RetireMode | undefined
}

export interface RotateResult extends CreateApiKeyResponse {
  /** The old key as it is after retiring (as it was, for 'keep' and 'delete'). */
  previous: ApiKey
}

const RETIRE_MODES: readonly RetireMode[] = ['keep', 'disable', 'delete']

/** The successor's body: the old key's settings, with the overrides given (null included). */
function successorBody(previous: ApiKey, overrides: RotateOptions): CreateApiKeyRequest {
  const pick = <Field extends keyof RotateOptions>(
    field: Field,
    inherited: RotateOptions[Field],
  ) =>
    Object.hasOwn(overrides, field) && overrides[field] !== undefined ? overrides[field] : inherited
  const body: CreateApiKeyRequest = {
    name: pick('name', previous.name) as string,
    limit: pick('limit', previous.limit),
    limit_reset: pick('limit_reset', previous.limit_reset as CreateApiKeyRequest['limit_reset']),
    include_byok_in_limit: pick('include_byok_in_limit', previous.include_byok_in_limit),
    workspace_id: previous.workspace_id,
  }
  // An expiry is a decision about the new key, never copied from the old one.
  if (overrides.expires_at !== undefined) body.expires_at = overrides.expires_at
  return body
}

export async function rotateKey(
  core: ClientCore,
  hash: string,
  overrides: RotateOptions = {},
  options?: RequestOptions,
): Promise<RotateResult> {
  const { retire = 'keep' } = overrides
  if (!RETIRE_MODES.includes(retire)) {
    throw new InvalidRequestError(
      `Invalid retire: received ${JSON.stringify(retire)}, expected one of keep, disable, delete`,
    )
  }
  const { retire: _retire, ...changes } = overrides
  const { data: previous } = await getApiKey(core, { hash }, options)
  // An unknown outcome surfaces as CreateOutcomeUnknownError, and nothing is retired.
  const created = await createKey(core, successorBody(previous, changes), options)
  try {
    if (retire === 'disable') {
      const { data } = await updateApiKey(core, { hash }, { disabled: true }, options)
      return { ...created, previous: data }
    }
    if (retire === 'delete') await deleteApiKey(core, { hash }, options)
    return { ...created, previous }
  } catch (error) {
    throw new RotationError(
      `Rotation of key ${hash}: the new key ${created.data.hash} exists (its secret is on error.created.key), but the old key could not be ${retire === 'delete' ? 'deleted' : 'disabled'}: ${(error as OpenRouterError).message}`,
      created,
      previous,
      { cause: error },
    )
  }
}
