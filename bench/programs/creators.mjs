// The POST contenders of the overhead benchmark: create one key per call, ours against the same
// request written with plain fetch. Each exports createCreator(baseURL, apiKey) -> () => key.
// The created key's secret is returned by the server and dropped here, never printed.
import { createOpenRouterClient } from '@openrouter-kit/client'

export const createPrograms = [
  {
    id: 'ours',
    label: '@openrouter-kit/client `keys.create`',
    ours: true,
    createCreator(baseURL, apiKey) {
      const client = createOpenRouterClient({ apiKey, baseURL })
      return async function createOne() {
        const created = await client.keys.create({ name: 'bench' })
        return created.data
      }
    },
  },
  {
    id: 'fetch',
    label: 'plain fetch `POST /keys`',
    createCreator(baseURL, apiKey) {
      const headers = { Authorization: `Bearer ${apiKey}`, 'Content-Type': 'application/json' }
      const body = JSON.stringify({ name: 'bench' })
      return async function createOne() {
        const response = await fetch(`${baseURL}/keys`, { method: 'POST', headers, body })
        if (response.status !== 201)
          throw new Error(`POST /keys failed with HTTP ${response.status}`)
        return (await response.json()).data
      }
    },
  },
]
