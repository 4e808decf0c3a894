// Ours: @openrouter-kit/client.
import { createOpenRouterClient } from '@openrouter-kit/client'

export function createLister(baseURL, apiKey) {
  const client = createOpenRouterClient({ apiKey, baseURL })
  return async function listOnePage() {
    const page = await client.keys.list({ include_disabled: true })
    return page.data
  }
}
