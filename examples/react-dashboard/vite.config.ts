import { getRequestListener } from '@hono/node-server'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { createApiApp } from './api.mjs'

/** In `vite` dev mode, serve the same API route as server.mjs, in front of an in-process mock. */
function mockApi(): Plugin {
  return {
    name: 'openrouter-mock-api',
    apply: 'serve',
    async configureServer(server) {
      const mock = createMockServer({ seed: 130, pageSize: 50 })
      const upstream = await mock.listen({ port: 0, host: '127.0.0.1' })
      server.httpServer?.once('close', () => void upstream.close())
      const api = getRequestListener(
        createApiApp({ apiKey: MOCK_MANAGEMENT_KEY, baseURL: upstream.url }).fetch,
      )
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/api/')) void api(req, res)
        else next()
      })
    },
  }
}

export default defineConfig({ plugins: [react(), mockApi()] })
