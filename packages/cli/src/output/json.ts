import type { ApiKey } from '@openrouter-kit/types'

// Characters JSON.stringify leaves raw that a terminal may act on: DEL and the C1 controls (U+009B
// is a one-character CSI on some terminals), the line and paragraph separators, and the bidi
// embeddings, overrides and isolates. They can only occur inside strings, where the `\uXXXX`
// escape is the same JSON value, so the keys stay exactly as the API sent them.
const TERMINAL_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

function escapeUnsafe(json: string): string {
  return json.replace(
    TERMINAL_UNSAFE,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** The keys exactly as the API sent them, as one pretty-printed JSON array. */
export function renderJson(keys: readonly ApiKey[]): string {
  return `${escapeUnsafe(JSON.stringify(keys, null, 2))}\n`
}

/** One compact JSON object per line (JSON Lines), for streaming tools. */
export function renderJsonl(keys: readonly ApiKey[]): string {
  return keys.map((key) => `${escapeUnsafe(JSON.stringify(key))}\n`).join('')
}
