// Creating a key safely. The API has no idempotency token, so a create is sent once: when it
// fails without a clear answer (a timeout, a dropped connection, a 5xx) the key may exist, and
// a retry would leave an orphan with a budget whose secret nobody holds. Instead the client looks
// once for what the attempt may have made and says so: CreateOutcomeUnknownError.
import type { ApiKey, CreateApiKeyRequest, CreateApiKeyResponse } from '@openrouter-kit/types'
import type { ClientCore } from '../core/client-core'
import type { RequestOptions } from '../core/options'
import {
  APIConnectionError,
  APIError,
  CreateOutcomeUnknownError,
  type OpenRouterError,
} from '../errors'
import { createApiKey, listApiKeys } from '../generated/operations'
import { checkExpiryInFuture } from './input-checks'

/**
 * The body of `keys.create`: the spec's, with `expires_at` also taking a `Date` (sent as an ISO
 * 8601 string in UTC).
 */
export type CreateKeyBody = Omit<CreateApiKeyRequest, 'expires_at'> & {
  expires_at?: string | Date | null | undefined
}

/** Clock difference allowed between this machine and the API when matching candidates. */
const CLOCK_SKEW_MS = 5_000
/** Most pages read while looking for candidates (newest first, so they come early). */
const MAX_LOOKUP_PAGES = 20

/** Whether a failure leaves it open whether the key was created. */
function outcomeUnknown(error: unknown): boolean {
  if (APIConnectionError.isInstance(error)) return true
  // A 2xx whose body is not the spec's is an answer we cannot read, so it counts as unknown.
  return (
    APIError.isInstance(error) &&
    (error.status >= 500 || (error.status >= 200 && error.status <= 299))
  )
}

/** Keys named `name` in the workspace, created at or after `since` (newest first, stops early). */
async function findCandidates(
  core: ClientCore,
  name: string,
  workspaceId: string | undefined,
  since: number,
  signal: AbortSignal | undefined,
): Promise<ApiKey[]> {
  const candidates: ApiKey[] = []
  let offset = 0
  for (let page = 0; page < MAX_LOOKUP_PAGES; page++) {
    const { data } = await listApiKeys(
      core,
      { include_disabled: true, offset, workspace_id: workspaceId },
      { signal },
    )
    if (data.length === 0) break
    for (const key of data) {
      if (key.name === name && Date.parse(key.created_at) >= since) candidates.push(key)
    }
    // Keys are listed newest first: a page that ends before the attempt ends the search.
    const oldest = Date.parse(data[data.length - 1]?.created_at ?? '')
    if (oldest < since) break
    offset += data.length
  }
  return candidates
}

/** `POST /keys` once; an unknown outcome becomes CreateOutcomeUnknownError with the candidates. */
export async function createKey(
  core: ClientCore,
  body: CreateKeyBody,
  options?: RequestOptions,
): Promise<CreateApiKeyResponse> {
  checkExpiryInFuture((body as { expires_at?: unknown } | undefined)?.expires_at)
  const started = Date.now()
  try {
    // A Date is encoded by the body codec (dateTime), which the spec's string type cannot say.
    return await createApiKey(core, body as CreateApiKeyRequest, options)
  } catch (error) {
    if (!outcomeUnknown(error)) throw error
    const name = body.name
    const reason = (error as OpenRouterError).message
    let candidates: ApiKey[] = []
    let lookup = ''
    try {
      candidates = await findCandidates(
        core,
        name,
        body.workspace_id,
        started - CLOCK_SKEW_MS,
        options?.signal ?? undefined,
      )
    } catch (lookupError) {
      lookup = ` Looking for it failed too (${(lookupError as Error).message}): list the keys named "${name}" yourself.`
    }
    const found = candidates.length
      ? ` ${candidates.length} key${candidates.length > 1 ? 's' : ''} named "${name}" created since then: ${candidates.map((key) => key.hash).join(', ')}. A key's secret cannot be recovered: delete ${candidates.length > 1 ? 'them' : 'it'} (keys.delete(hash)) and create again.`
      : lookup ||
        ` No key named "${name}" was listed since then, so it most likely was not created; list again before creating it anew.`
    throw new CreateOutcomeUnknownError(
      `The create of key "${name}" may have succeeded: ${reason}. It was not retried.${found}`,
      candidates,
      { cause: error },
    )
  }
}
