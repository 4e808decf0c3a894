import type { ApiKey } from '@openrouter-kit/types'

/** The keys exactly as the API sent them, as one pretty-printed JSON array. */
export function renderJson(keys: readonly ApiKey[]): string {
  return `${JSON.stringify(keys, null, 2)}\n`
}

/** One compact JSON object per line (JSON Lines), for streaming tools. */
export function renderJsonl(keys: readonly ApiKey[]): string {
  return keys.map((key) => `${JSON.stringify(key)}\n`).join('')
}
