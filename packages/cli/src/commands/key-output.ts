// How the key commands print one key, a summary, or a request they did not send (--dry-run).
// Everything a server sent is sanitised before it reaches a terminal.
import type { ApiKey } from '@openrouter-kit/types'
import type { OperationDescriptor } from '@openrouter-kit/types/operations'
import type { Io } from '../io'
import { formatExpiry, formatLimit } from '../output/format-values'
import { escapeForJson, sanitize } from '../output/sanitize'

/** Any JSON value as one pretty-printed document, safe to print on a terminal. */
export function renderJsonDocument(value: unknown): string {
  return `${escapeForJson(JSON.stringify(value, null, 2))}\n`
}

/** `field  value` lines, one per top-level field, for the human (table) form of one record. */
export function renderFields(record: object): string {
  const entries = Object.entries(record)
  const width = Math.max(0, ...entries.map(([name]) => name.length))
  return entries
    .map(([name, value]) => {
      const shown = typeof value === 'string' ? value : JSON.stringify(value)
      return `${name.padEnd(width)}  ${sanitize(shown ?? 'null')}\n`
    })
    .join('')
}

/** The lines that say which key a command made: name, hash, limit, expiry. */
export function summaryLines(key: ApiKey): string[] {
  const reset = key.limit_reset ? `, resets ${key.limit_reset}` : ''
  return [
    `name: ${key.name}`,
    `hash: ${key.hash}`,
    `limit: ${formatLimit(key.limit, key.limit_remaining)}${key.limit === null ? '' : reset}`,
    `expires: ${formatExpiry(key.expires_at)}`,
  ]
}

/** `name (hash)`, how a key is named in one line (the name sanitised: a server chose it). */
export function keyTitle(key: Pick<ApiKey, 'name' | 'hash'>): string {
  return `${sanitize(key.name)} (${key.hash})`
}

/**
 * `--dry-run`: the request that would be sent, on stdout, as `METHOD /path` and its JSON body:
 * method and path template from the operation's generated descriptor.
 */
export function printDryRun(
  io: Io,
  operation: Pick<OperationDescriptor, 'method' | 'path'>,
  pathParams: Record<string, string>,
  body?: unknown,
): void {
  const path = operation.path.replace(/\{(\w+)\}/g, (template, name: string) =>
    encodeURIComponent(pathParams[name] ?? template),
  )
  const shownBody = body === undefined ? '' : ` ${escapeForJson(JSON.stringify(body))}`
  io.stdout.write(`${operation.method} ${path}${shownBody}\n`)
}

/** Said on stderr after a dry run, so a reader of the terminal cannot mistake it for the real thing. */
export const DRY_RUN_NOTE =
  'dry run: nothing was changed (only the reads that find <key> were sent)'
