// createKeysProxy: a same-origin endpoint for browser apps. The browser calls the app's server,
// which checks the user (authorize), adds the management key and forwards GET /keys. The key never
// leaves the server, and nothing but that one read-only endpoint is reachable through it.
import { type ClientOptions, configure } from '../config'
import { APIConnectionError, APIConnectionTimeoutError, InvalidRequestError } from '../errors'
import { redact } from '../logger'
import { exchange } from '../transport'
import { toQuery } from '../validate'

export interface KeysProxyOptions
  extends Omit<ClientOptions, 'dangerouslyAllowBrowser' | 'defaultHeaders'> {
  /**
   * Decides whether `request` may list the account's keys (check the session, a role...).
   * Required: there is no way to build an open proxy by accident.
   */
  authorize: (request: Request) => boolean | Promise<boolean>
}

// Headers that describe one connection, carry credentials or no longer match the body we send.
const DROPPED = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'cookie',
  'authorization',
  'www-authenticate',
  'content-encoding',
  'content-length',
])

/** A response in OpenRouter's error shape, `{ error: { code, message } }`. */
const fail = (code: number, message: string) =>
  Response.json({ error: { code, message } }, { status: code })

/** The upstream headers minus hop-by-hop, cookie and auth headers. */
function passHeaders(upstream: Headers): Headers {
  const named = (upstream.get('connection') ?? '').toLowerCase().split(/\s*,\s*/)
  const headers = new Headers()
  upstream.forEach((value, name) => {
    if (!DROPPED.has(name) && !named.includes(name)) headers.set(name, value)
  })
  return headers
}

/**
 * Returns a `(request: Request) => Promise<Response>` handler (Next.js route handlers, Hono, Bun,
 * Deno, or Node through an adapter) that forwards `GET …/keys` with `include_disabled`, `offset`
 * and `workspace_id`, adding the management key. 403 when `authorize` says no; 400 for anything
 * else.
 */
export function createKeysProxy(
  options: KeysProxyOptions,
): (request: Request) => Promise<Response> {
  if (typeof options?.authorize !== 'function')
    throw new InvalidRequestError(
      'Invalid authorize: received no function, expected (request) => boolean | Promise<boolean>: createKeysProxy needs it so that the proxy is never open by accident',
    )
  // Server-side by definition; a DOM-like test environment must not trip the browser guard.
  const { baseURL, settings } = configure({ ...options, dangerouslyAllowBrowser: true })

  return async (request) => {
    try {
      if (!(await options.authorize(request))) return fail(403, 'Forbidden')
      const url = new URL(request.url)
      if (request.method !== 'GET' || !/\/keys\/?$/.test(url.pathname))
        return fail(400, 'This proxy only forwards GET …/keys')
      const s = await settings({ signal: request.signal })
      const params: Record<string, unknown> = {}
      url.searchParams.forEach((value, name) => {
        params[name] = name === 'offset' && /^\d+$/.test(value) ? +value : value
      })
      let query: string
      try {
        query = toQuery(params, s.key)
      } catch (e) {
        return fail(400, (e as Error).message)
      }
      const [res, text] = await exchange(new Request(`${baseURL}/keys${query}`), s)
      return new Response(redact(text, s.key) || null, {
        status: res.status,
        headers: passHeaders(res.headers),
      })
    } catch (e) {
      options.logger?.error?.(`createKeysProxy: ${e}`)
      return APIConnectionTimeoutError.isInstance(e)
        ? fail(504, 'OpenRouter did not answer in time')
        : APIConnectionError.isInstance(e)
          ? fail(502, 'Could not reach OpenRouter')
          : fail(500, 'The keys proxy failed; see the server log')
    }
  }
}
