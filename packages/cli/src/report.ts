// Everything the CLI says on stderr goes through here: error lines, notes, --debug logs and stack
// traces. Each is redacted (redact.ts) and sanitised (output/sanitize.ts) at this one boundary,
// so a new command, or a new error message from the server, cannot skip either.
// Cheap to import (no client, no width tables): `ork --help` loads it.
import type { Io, OutStream } from './io'
import { sanitize, sanitizeLines } from './output/sanitize'
import { redactSecrets } from './redact'

/** An error line is capped at this many characters (a server may send a whole HTML page). */
export const MAX_LINE = 300

export interface Reporter {
  /** `error: <message>` as one line. */
  error(message: string): void
  /** One line as given, e.g. `note: …` or `No keys found.` */
  line(message: string): void
  /**
   * Text that may span lines (a stack trace, a --debug log entry, commander's messages), written
   * as given except that each line is sanitised; the caller ends it with `\n`.
   */
  text(chunk: string): void
  /** A secret learnt while running (a created key's): hidden from every later line too. */
  addSecret(secret: string): void
}

/** The secrets this process knows and must never print: the management key, when set. */
export function secretsOf(env: Io['env']): string[] {
  const key = env.OPENROUTER_MANAGEMENT_KEY
  return key ? [key] : []
}

export function createReporter(stream: OutStream, knownSecrets: readonly string[]): Reporter {
  const secrets = [...knownSecrets]
  return {
    addSecret: (secret) => {
      secrets.push(secret)
    },
    error: (message) => stream.write(`error: ${oneLine(message, secrets)}\n`),
    line: (message) => stream.write(`${oneLine(message, secrets)}\n`),
    text: (chunk) => stream.write(safeText(chunk, secrets)),
  }
}

/**
 * One safe line: secrets hidden first (before anything is cut, so no part of a key survives a
 * cut), whitespace runs (a multi-line body) collapsed to one space, control characters shown as
 * `�`, and the length capped at MAX_LINE with `…`.
 */
export function oneLine(text: string, secrets: readonly string[]): string {
  const collapsed = redactSecrets(text, secrets).replace(/\s+/g, ' ').trim()
  // Cut by code points, so that the cut never splits a surrogate pair.
  const characters = Array.from(sanitize(collapsed))
  if (characters.length <= MAX_LINE) return characters.join('')
  return `${characters.slice(0, MAX_LINE - 1).join('')}…`
}

/** Multi-line text with secrets hidden; CR and every other control character except `\n` shown as `�`. */
export function safeText(text: string, secrets: readonly string[]): string {
  return sanitizeLines(redactSecrets(text, secrets))
}
