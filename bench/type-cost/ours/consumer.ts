// Lists one page of keys with our client and uses a few typed fields.
import { createOpenRouterClient } from '@openrouter-kit/client'

const client = createOpenRouterClient({
  apiKey: 'sk-or-v1-example',
  baseURL: 'https://openrouter.ai/api/v1',
})
const page = await client.keys.list({ include_disabled: true, offset: 0 })
export const summary = page.data.map(
  (key) => `${key.name}: ${key.usage} (${key.limit ?? 'no limit'})`,
)
