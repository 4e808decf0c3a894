// The one sanitiser for text that reaches a terminal. Key names, timestamps, ids and API error
// messages are data from a server; none of it may reach the terminal as an escape sequence
// (which could move the cursor, rewrite the title or hide output) or break a line or a row.
// The table applies it to every cell, the reporter (report.ts) to every stderr line.

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
