// The one sanitiser for text that reaches a terminal. Key names, timestamps, ids and API error
// messages are data from a server; none of it may reach the terminal as an escape sequence
// (which could move the cursor, rewrite the title or hide output) or break a line or a row.
// The table applies it to every cell, the reporter (report.ts) to every stderr line, and JSON
// output gets the same characters as `\u` escapes (escapeForJson).

// C0 and C1 control characters, DEL, the Unicode line and paragraph separators, and the bidi
// embeddings, overrides and isolates that could reorder what follows ("Trojan Source").
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** Shown in place of each unsafe character, so that tampering stays visible. */
export const REPLACEMENT = '\ufffd'

/** `text` with every control character (newlines included) and bidi override shown as `�`. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, REPLACEMENT)
}

/** The same, line by line: for multi-line text such as a stack trace or help, keeps the `\n`s. */
export function sanitizeLines(text: string): string {
  return text.split('\n').map(sanitize).join('\n')
}

// What JSON.stringify leaves raw from UNSAFE: DEL, C1 (U+009B alone is a CSI on some terminals),
// the separators and the bidi controls. (It escapes C0 itself; its own `\n`s are structure.)
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/**
 * JSON text with those characters written as `\uXXXX`. They can only occur inside strings, where
 * the escape is the same JSON value: the data is unchanged, and safe to print on a terminal.
 */
export function escapeForJson(json: string): string {
  return json.replace(
    UNSAFE_IN_JSON,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
