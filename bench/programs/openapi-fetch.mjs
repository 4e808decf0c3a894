// Baseline: openapi-fetch alone, the layer our client is built on.
import createClient from 'openapi-fetch'

export function createLister(baseURL, apiKey) {
  const client = createClient({ baseUrl: baseURL, headers: { Authorization: `Bearer ${apiKey}` } })
  return async function listOnePage() {
    const { data, error, response } = await client.GET('/keys', {
      params: { query: { include_disabled: true } },
    })
    if (error) throw new Error(`GET /keys failed with HTTP ${response.status}`)
    return data.data
  }
}
