import { type KeyFilters, parseKeyFilters, type RawKeyFilters } from './list-options'
import { COLUMN_IDS, type ColumnId, isColumnId } from './output/column-ids'
import { UsageError } from './usage-error'

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const
export type Format = (typeof FORMATS)[number]

/** Options of `ork` itself, valid before or after the subcommand. */
export interface GlobalOptions {
  baseUrl: string | undefined
  timeout: number | undefined
  maxRetries: number | undefined
  debug: boolean
}

/** Options of `ork keys list`, checked and converted. */
export interface KeysListOptions {
  includeDisabled: boolean
  workspace: string | undefined
  offset: number | undefined
  limit: number | undefined
  format: Format
  columns: readonly ColumnId[] | undefined
  /** `--csv-raw`: CSV text cells exactly as sent, without the formula guard. */
  csvRaw: boolean
  /** `--all-workspaces`: the client's inventory, with a WORKSPACE column (the workspace's name). */
  allWorkspaces: boolean
  /** `--expired`, `--expiring-within`, `--over-limit`, `--sort`: applied to every format. */
  filters: KeyFilters
}

/** What commander hands over: strings as typed, booleans for switches. */
export interface RawGlobalOptions {
  baseUrl?: string
  timeout?: string
  maxRetries?: string
  debug?: boolean
}

export interface RawKeysListOptions extends RawKeyFilters {
  includeDisabled?: boolean
  workspace?: string
  offset?: string
  limit?: string
  format?: string
  json?: boolean
  columns?: string
  csvRaw?: boolean
  allWorkspaces?: boolean
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The longest a timer can wait (2^31 - 1 ms, about 24.8 days). Node fires a longer setTimeout
 * after 1 ms instead, so every attempt would time out at once. A longer `--timeout`, or
 * `Infinity`, means no timeout, as it does for the client (which treats them the same way).
 */
export const MAX_TIMER_MS = 2_147_483_647

/** Reads the global flags; the base URL falls back to OPENROUTER_BASE_URL. */
export function parseGlobalOptions(
  raw: RawGlobalOptions,
  env: Readonly<Record<string, string | undefined>> = {},
): GlobalOptions {
  const envBaseUrl = env.OPENROUTER_BASE_URL || undefined
  return {
    baseUrl:
      raw.baseUrl !== undefined
        ? parseBaseUrl('--base-url', raw.baseUrl)
        : envBaseUrl && parseBaseUrl('OPENROUTER_BASE_URL', envBaseUrl),
    timeout: parseTimeout(raw.timeout),
    maxRetries: optionalInteger('--max-retries', raw.maxRetries, 0, 'a non-negative integer'),
    debug: raw.debug === true,
  }
}

export function parseKeysListOptions(raw: RawKeysListOptions): KeysListOptions {
  const format = parseFormat(raw)
  const columns = raw.columns === undefined ? undefined : parseColumns(raw.columns)
  if (columns && (format === 'json' || format === 'jsonl')) {
    throw new UsageError(
      `--columns applies to table and csv output only; ${format} always carries whole keys`,
    )
  }
  if (raw.csvRaw && format !== 'csv') {
    throw new UsageError(`--csv-raw applies to csv output only, not ${format}`)
  }
  if (raw.workspace !== undefined && !UUID.test(raw.workspace)) {
    throw new UsageError(
      `--workspace must be a UUID (like 0df9e665-d932-5740-b2c7-b52af166bc11), got ${quote(raw.workspace)}`,
    )
  }
  if (raw.allWorkspaces && raw.workspace !== undefined) {
    throw new UsageError('--all-workspaces lists every workspace and conflicts with --workspace')
  }
  if (raw.allWorkspaces && raw.offset !== undefined) {
    throw new UsageError('--all-workspaces lists every page and conflicts with --offset')
  }
  const filters = parseKeyFilters(raw)
  return {
    includeDisabled: raw.includeDisabled === true,
    workspace: raw.workspace,
    offset: optionalInteger('--offset', raw.offset, 0, 'a non-negative integer'),
    limit: optionalInteger('--limit', raw.limit, 1, 'a positive integer'),
    format,
    columns,
    csvRaw: raw.csvRaw === true,
    allWorkspaces: raw.allWorkspaces === true,
    filters,
  }
}

/** `--format` and `--json`, as a command that prints in `allowed` formats reads them. */
export function parseFormat<Allowed extends Format = Format>(
  raw: { format?: string; json?: boolean },
  allowed: readonly Allowed[] = FORMATS as readonly Format[] as readonly Allowed[],
): Allowed {
  if (raw.format === undefined) return (raw.json ? 'json' : 'table') as Allowed
  if (!(allowed as readonly string[]).includes(raw.format)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, got ${quote(raw.format)}`)
  }
  const format = raw.format as Allowed
  if (raw.json && format !== 'json') {
    throw new UsageError(`--json means --format json and conflicts with --format ${format}`)
  }
  return format
}

function parseColumns(list: string): ColumnId[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) {
    throw new UsageError(
      `--columns must be a comma-separated list of columns (${COLUMN_IDS.join(', ')}), got ${quote(list)}`,
    )
  }
  const unknown = names.filter((name) => !isColumnId(name))
  if (unknown.length > 0) {
    const which = unknown.map(quote).join(', ')
    throw new UsageError(
      `--columns got unknown column${unknown.length > 1 ? 's' : ''} ${which}; expected some of ${COLUMN_IDS.join(', ')}`,
    )
  }
  return [...new Set(names as ColumnId[])]
}

/**
 * A base URL the client can append paths to: http(s), no whitespace, no credentials, no query or
 * fragment. The value is echoed with any `user:password@` masked, so a message never shows them.
 */
function parseBaseUrl(source: string, value: string): string {
  const bad = (problem: string) =>
    new UsageError(`${source} ${problem}, got ${quote(maskCredentials(value))}`)
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (/\s/.test(value) || (url?.protocol !== 'http:' && url?.protocol !== 'https:')) {
    throw bad('must be an http(s) URL like https://openrouter.ai/api/v1')
  }
  if (url.username !== '' || url.password !== '') {
    throw bad(
      'must not contain credentials (user:password@); the key comes from OPENROUTER_MANAGEMENT_KEY',
    )
  }
  if (url.search !== '' || url.hash !== '' || /[?#]/.test(value)) {
    throw bad('must not have a query string or fragment (paths are appended to it)')
  }
  if (url.pathname.endsWith('//')) {
    throw bad('must not end in "//"')
  }
  return value
}

/**
 * `value` with whatever stands before an `@` in the authority part replaced by `***`
 * (`https://user:pass@host/v1` -> `https://***@host/v1`), found textually so that it works on
 * values that do not parse as URLs too (`user:pass@host`).
 */
export function maskCredentials(value: string): string {
  return value.replace(/^([^/?#@]*:\/\/|\/\/)?[^/?#]*@/, '$1***@')
}

/**
 * `--timeout`: a positive whole number of milliseconds, or `Infinity`. Beyond MAX_TIMER_MS, and
 * for `Infinity`, there is no timeout (Infinity); 0, negatives, fractions and the rest are refused.
 */
function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (text === 'Infinity') return Number.POSITIVE_INFINITY
  const milliseconds = /^\d+$/.test(text) ? Number(text) : Number.NaN
  if (Number.isNaN(milliseconds) || milliseconds < 1) {
    throw new UsageError(
      `--timeout must be a positive integer (milliseconds) or Infinity, got ${quote(value)}`,
    )
  }
  return milliseconds > MAX_TIMER_MS ? Number.POSITIVE_INFINITY : milliseconds
}

function optionalInteger(
  flag: string,
  value: string | undefined,
  min: number,
  expected: string,
): number | undefined {
  if (value === undefined) return undefined
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${flag} must be ${expected}, got ${quote(value)}`)
  }
  return number
}

function quote(value: string): string {
  return JSON.stringify(value)
}
