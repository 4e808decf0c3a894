// The proxy's own rotation route: the browser sends one request, the server creates the
// successor and retires the old key with the management key. A failure that leaves something
// behind (a new key the old one could not make way for, or the candidates of a create whose
// outcome is unknown) is answered 502 with what was left, so the browser's client can raise the
// same typed error a server would, and the new secret is never lost.
import type { ClientCore } from '../core/client-core'
import { APIError, CreateOutcomeUnknownError, InvalidRequestError, RotationError } from '../errors'
import { type RotateOptions, rotateKey } from '../keys/rotate'
import { jsonError } from './responses'

/** Nothing on the way (browser cache, CDN) may keep a response that holds a secret. */
const NO_STORE = { 'cache-control': 'no-store', 'content-type': 'application/json' }
const FAILED_AFTER_CREATE = 502

export async function rotateForBrowser(
  core: ClientCore,
  hash: string,
  rotation: RotateOptions,
  signal: AbortSignal,
): Promise<Response> {
  try {
    const result = await rotateKey(core, hash, rotation, { signal })
    return new Response(JSON.stringify(result), { status: 201, headers: NO_STORE })
  } catch (error) {
    if (RotationError.isInstance(error)) {
      const { message, created, previous } = error
      const body = { error: { code: FAILED_AFTER_CREATE, message }, created, previous }
      return new Response(JSON.stringify(body), { status: FAILED_AFTER_CREATE, headers: NO_STORE })
    }
    if (CreateOutcomeUnknownError.isInstance(error)) {
      const { message, candidates } = error
      const body = { error: { code: FAILED_AFTER_CREATE, message }, candidates }
      return new Response(JSON.stringify(body), { status: FAILED_AFTER_CREATE, headers: NO_STORE })
    }
    // Before anything was created: the old key's 404, a bad override, OpenRouter failing.
    if (InvalidRequestError.isInstance(error)) return jsonError(400, error.message)
    if (APIError.isInstance(error) && error.status >= 400 && error.status <= 499) {
      return jsonError(error.status, error.message)
    }
    throw error
  }
}
