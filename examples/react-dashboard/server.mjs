// @ts-check
// Serves the built dashboard (dist/) and its API route, in front of an in-process mock of the
// OpenRouter API. `node server.mjs` for a demo; tests call startDashboard({ port: 0 }).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { createApiApp } from './api.mjs'

const distDir = fileURLToPath(new URL('./dist', import.meta.url))

/**
 * @typedef {object} DashboardOptions
 * @property {number} [port] 0 picks a free port
 * @property {string} [host]
 * @property {number} [seed] how many keys the mock generates
 * @property {number} [pageSize] keys per page, small enough that "Load more" matters
 */

/**
 * @param {DashboardOptions} [options]
 * @returns {Promise<{ url: string, mock: ReturnType<typeof createMockServer>, close: () => Promise<void> }>}
 */
export async function startDashboard({
  port = 0,
  host = '127.0.0.1',
  seed = 130,
  pageSize = 50,
} = {}) {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`No built app in ${distDir}: run \`pnpm build\` (vite build) first.`)
  }
  const mock = createMockServer({ seed, pageSize })
  const upstream = await mock.listen({ port: 0, host: '127.0.0.1' })

  const app = createApiApp({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: upstream.url })
  app.use('/*', serveStatic({ root: distDir }))

  /** @type {import('node:http').Server} */
  const server = await new Promise((resolve) => {
    const started = serve({ fetch: app.fetch, port, hostname: host }, () =>
      resolve(/** @type {import('node:http').Server} */ (started)),
    )
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address')

  return {
    url: `http://${host}:${address.port}`,
    mock,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve(undefined))),
      )
      await upstream.close()
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dashboard = await startDashboard({ port: Number(process.env.PORT ?? 5174) })
  console.log(`Dashboard: ${dashboard.url}  (mock OpenRouter API with 130 keys, 50 per page)`)
  const stop = () => dashboard.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
