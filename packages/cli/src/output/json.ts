import { escapeForJson } from './sanitize'

// Control and bidi characters inside strings are written as `\u` escapes (escapeForJson): the
// same JSON, so the keys stay exactly as the API sent them, and printing them on a terminal is safe.

/** The keys (or any value) exactly as the API sent them, pretty-printed. */
export function renderJson(keys: unknown): string {
  return `${escapeForJson(JSON.stringify(keys, null, 2))}\n`
}

/** One compact JSON object per line (JSON Lines), for streaming tools. */
export function renderJsonl(keys: readonly unknown[]): string {
  return keys.map((key) => `${escapeForJson(JSON.stringify(key))}\n`).join('')
}
