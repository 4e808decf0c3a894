// @ts-check
// The dashboard's server-side API: one route, made with the client's createManagementProxy. The
// management key lives here, on the server; the browser only ever talks to this route, and only
// for the operations the dashboard uses.
import { createManagementProxy } from '@openrouter-kit/client/server'
import { Hono } from 'hono'

/** Where the browser's client points (`baseURL`); the proxy matches the path after it. */
export const API_ROUTE = '/api/openrouter'

/**
 * Exactly what the dashboard calls, and nothing more: the listings (one workspace, or every
 * workspace through the workspaces list), a key's detail, create, update (limit, disable),
 * delete, and the account's credits. Anything else (the current key, activity, rotation) is a
 * 404 from the proxy, whoever asks.
 * @type {readonly import('@openrouter-kit/client/server').ProxyOperationId[]}
 */
export const DASHBOARD_OPERATIONS = [
  'listApiKeys',
  'getApiKey',
  'createApiKey',
  'updateApiKey',
  'deleteApiKey',
  'listWorkspaces',
  'getCredits',
]

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
 * Called for every request with the operation it is for. The demo has no users, so every
 * operation gets the same-origin check; a real app decides per operation here, e.g. reads for
 * every member and `createApiKey`/`deleteApiKey` for admins only.
 * @param {Request} request
 * @param {{ operation: import('@openrouter-kit/client/server').ProxyOperationId }} _context
 */
export function authorizeDashboardRequest(request, _context) {
  return isSameOriginRequest(request)
}

/**
 * @param {{ apiKey: string, baseURL: string }} upstream where the proxy forwards to (OpenRouter or the mock)
 */
export function createApiApp({ apiKey, baseURL }) {
  const proxy = createManagementProxy({
    apiKey,
    baseURL,
    operations: DASHBOARD_OPERATIONS,
    authorize: authorizeDashboardRequest,
  })
  const app = new Hono()
  app.all(`${API_ROUTE}/*`, (c) => proxy(c.req.raw))
  return app
}
