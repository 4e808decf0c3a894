// Baseline: the official @openrouter/sdk through its tree-shakable standalone function
// (FUNCTIONS.md: OpenRouterCore + funcs/*), its documented choice for small bundles.
import { OpenRouterCore } from '@openrouter/sdk/core.js'
import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js'

export function createLister(baseURL, apiKey) {
  const core = new OpenRouterCore({ apiKey, serverURL: baseURL })
  return async function listOnePage() {
    const result = await apiKeysList(core, { includeDisabled: true })
    if (!result.ok) throw result.error
    return result.value.data
  }
}
