// Every program lists with include_disabled=true so that a page holds all 100 keys.
// The contenders of the size and overhead benchmarks: one program each, written the way that
// library's own docs show it. Each module exports createLister(baseURL, apiKey) -> () => keys[].
export const listPrograms = [
  { id: 'ours', label: '@openrouter-kit/client', file: 'ours.mjs', ours: true },
  { id: 'openapi-fetch', label: 'openapi-fetch alone', file: 'openapi-fetch.mjs' },
  { id: 'fetch', label: 'plain fetch', file: 'plain-fetch.mjs' },
  { id: 'sdk-class', label: '@openrouter/sdk (class)', file: 'sdk-class.mjs' },
  { id: 'sdk-function', label: '@openrouter/sdk (standalone function)', file: 'sdk-function.mjs' },
]
