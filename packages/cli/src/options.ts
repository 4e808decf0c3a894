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
}

/** What commander hands over: strings as typed, booleans for switches. */
export interface RawGlobalOptions {
  baseUrl?: string
  timeout?: string
  maxRetries?: string
  debug?: boolean
}

export interface RawKeysListOptions {
  includeDisabled?: boolean
  workspace?: string
  offset?: string
  limit?: string
  format?: string
  json?: boolean
  columns?: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

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
    timeout: optionalInteger('--timeout', raw.timeout, 1, 'a positive integer (milliseconds)'),
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
  if (raw.workspace !== undefined && !UUID.test(raw.workspace)) {
    throw new UsageError(
      `--workspace must be a UUID (like 0df9e665-d932-5740-b2c7-b52af166bc11), got ${quote(raw.workspace)}`,
    )
  }
  return {
    includeDisabled: raw.includeDisabled === true,
    workspace: raw.workspace,
    offset: optionalInteger('--offset', raw.offset, 0, 'a non-negative integer'),
    limit: optionalInteger('--limit', raw.limit, 1, 'a positive integer'),
    format,
    columns,
  }
}

function parseFormat(raw: RawKeysListOptions): Format {
  if (raw.format === undefined) return raw.json ? 'json' : 'table'
  if (!(FORMATS as readonly string[]).includes(raw.format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${quote(raw.format)}`)
  }
  const format = raw.format as Format
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

function parseBaseUrl(source: string, value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new UsageError(
      `${source} must be an http(s) URL like https://openrouter.ai/api/v1, got ${quote(value)}`,
    )
  }
  return value
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
