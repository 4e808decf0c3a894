// Baseline: what a user writes with no library at all.
export function createLister(baseURL, apiKey) {
  const headers = { Authorization: `Bearer ${apiKey}` }
  return async function listOnePage() {
    const response = await fetch(`${baseURL}/keys?include_disabled=true`, { headers })
    if (!response.ok) throw new Error(`GET /keys failed with HTTP ${response.status}`)
    const page = await response.json()
    return page.data
  }
}
