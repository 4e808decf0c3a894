// Rotating a key: create a successor with the old key's settings, then retire the old one as
// asked. Default 'keep': deploy the new secret first, then disable the old key yourself. If
// retiring fails after the successor exists, RotationError carries the new key and its secret,
// so the secret is never lost.
import type { ApiKey, CreateApiKeyRequest, CreateApiKeyResponse } from '@openrouter-kit/types'
import { inBrowser } from '../browser-guard'
import { buildRequest, responseError } from '../core/call'
import { type ClientCore, callSettings } from '../core/client-core'
import type { RequestOptions } from '../core/options'
import { send } from '../core/transport'
import {
  CreateOutcomeUnknownError,
  InvalidRequestError,
  type OpenRouterError,
  RotationError,
} from '../errors'
import { deleteApiKey, getApiKey, updateApiKey } from '../generated/operations'
import { type CreateKeyBody, createKey } from './create'
import { RETIRE_MODES, rotateApiKeyOperation } from './rotate-operation'

export type RetireMode = (typeof RETIRE_MODES)[number]

/** What a rotation may change for the successor; everything else is copied from the old key. */
export interface RotateOptions
  extends Partial<
    Pick<CreateKeyBody, 'name' | 'limit' | 'limit_reset' | 'include_byok_in_limit' | 'expires_at'>
  > {
  /** What happens to the old key once the successor exists. Default 'keep'. */
  retire?: RetireMode | undefined
}

export interface RotateResult extends CreateApiKeyResponse {
  /** The old key as it is after retiring (as it was, for 'keep' and 'delete'). */
  previous: ApiKey
}

/**
 * The create body of a rotation's successor: the old key's name, limit, limit reset, BYOK setting
 * and workspace, with the overrides given (null included) in their place. An expiry is never
 * copied, only set when given. What `keys.rotate` sends, so that a dry run can print the same.
 */
export function rotationSuccessorBody(
  previous: ApiKey,
  overrides: RotateOptions = {},
): CreateKeyBody {
  const pick = <Field extends keyof RotateOptions>(
    field: Field,
    inherited: RotateOptions[Field],
  ) =>
    Object.hasOwn(overrides, field) && overrides[field] !== undefined ? overrides[field] : inherited
  const body: CreateKeyBody = {
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

/** Where a proxy put what a failed rotation left (see server/rotation.ts). */
interface ProxyRotationFailure {
  error?: { message?: unknown }
  created?: CreateApiKeyResponse
  previous?: ApiKey
  candidates?: ApiKey[]
}

/**
 * A browser client without a key talks to the app's management proxy: one request, and the
 * server does the create and the retire. A failure the proxy reports with what it left (the new
 * key, or the candidates of an unknown create) becomes the same typed error as on a server.
 */
async function rotateThroughProxy(
  core: ClientCore,
  hash: string,
  rotation: RotateOptions,
  options?: RequestOptions,
): Promise<RotateResult> {
  const settings = await callSettings(core, 'POST', options)
  const request = buildRequest(
    core,
    rotateApiKeyOperation,
    { params: { hash }, body: rotation },
    settings,
  )
  const response = await send(request, settings)
  let body: unknown
  try {
    body = JSON.parse(response.text)
  } catch {
    throw responseError(rotateApiKeyOperation, response, settings.secrets)
  }
  if (response.status === rotateApiKeyOperation.success) return body as RotateResult
  const failure = (body ?? {}) as ProxyRotationFailure
  const cause = responseError(rotateApiKeyOperation, response, settings.secrets)
  const message = typeof failure.error?.message === 'string' ? failure.error.message : cause.message
  if (failure.created && failure.previous) {
    throw new RotationError(message, failure.created, failure.previous, { cause })
  }
  if (Array.isArray(failure.candidates)) {
    throw new CreateOutcomeUnknownError(message, failure.candidates, { cause })
  }
  throw cause
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
  if (core.options.apiKey === undefined && inBrowser()) {
    return rotateThroughProxy(core, hash, overrides, options)
  }
  const { retire: _retire, ...changes } = overrides
  const { data: previous } = await getApiKey(core, { hash }, options)
  // An unknown outcome surfaces as CreateOutcomeUnknownError, and nothing is retired.
  const created = await createKey(core, rotationSuccessorBody(previous, changes), options)
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
