// @ts-check
// The dashboard's server-side API: one route, made with the client's createKeysProxy. The
// management key lives here, on the server; the browser only ever talks to this route.
import { createKeysProxy } from '@openrouter-kit/client/server'
import { Hono } from 'hono'

/**
 * Lets only this app's own pages use the route: browsers mark same-origin fetches with
 * `Sec-Fetch-Site: same-origin` (and send `Origin` on cross-origin ones). A real app would also
 * check its session here, e.g. that the signed-in user may see the team's keys.
 * @param {Request} request
 */
export function isSameOriginRequest(request) {
  const site = request.headers.get('sec-fetch-site')
  if (site) return site === 'same-origin'
  const origin = request.headers.get('origin')
  return origin !== null && origin === new URL(request.url).origin
}

/**
 * @param {{ apiKey: string, baseURL: string }} upstream where the proxy forwards to (OpenRouter or the mock)
 */
export function createApiApp({ apiKey, baseURL }) {
  const proxy = createKeysProxy({ apiKey, baseURL, authorize: isSameOriginRequest })
  const app = new Hono()
  app.get('/api/openrouter/keys', (c) => proxy(c.req.raw))
  return app
}
