import type { ApiKey } from '@openrouter-kit/types'
import { escapeForJson } from './sanitize'

// Control and bidi characters inside strings are written as `\u` escapes (escapeForJson): the
// same JSON, so the keys stay exactly as the API sent them, and printing them on a terminal is safe.

/** The keys exactly as the API sent them, as one pretty-printed JSON array. */
export function renderJson(keys: readonly ApiKey[]): string {
  return `${escapeForJson(JSON.stringify(keys, null, 2))}\n`
}

/** One compact JSON object per line (JSON Lines), for streaming tools. */
export function renderJsonl(keys: readonly ApiKey[]): string {
  return keys.map((key) => `${escapeForJson(JSON.stringify(key))}\n`).join('')
}
