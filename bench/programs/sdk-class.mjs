// Baseline: the official @openrouter/sdk through its class (README usage).
import { OpenRouter } from '@openrouter/sdk'

export function createLister(baseURL, apiKey) {
  const openRouter = new OpenRouter({ apiKey, serverURL: baseURL })
  return async function listOnePage() {
    const page = await openRouter.apiKeys.list({ includeDisabled: true })
    return page.data
  }
}
