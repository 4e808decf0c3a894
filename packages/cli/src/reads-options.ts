// Options of `ork workspaces list`, `ork credits` and `ork activity`, checked and converted on
// the command line path, before any import of the client or any request.
import { parseDate, parseUuid } from './list-options'
import { type Format, parseFormat } from './options'
import { UsageError } from './usage-error'

/** `ork credits` prints one record, not a list: a table or JSON. */
export const CREDITS_FORMATS = ['table', 'json'] as const satisfies readonly Format[]
export type CreditsFormat = (typeof CREDITS_FORMATS)[number]

export interface RawFormatOptions {
  format?: string
  json?: boolean
  csvRaw?: boolean
}

export interface ListOutputOptions {
  format: Format
  csvRaw: boolean
}

export interface RawActivityOptions extends RawFormatOptions {
  key?: string
  date?: string
  workspace?: string
}

export interface ActivityOptions extends ListOutputOptions {
  /** `--key`: a hash, a unique hash prefix or an exact name, resolved when the command runs. */
  key: string | undefined
  date: string | undefined
  workspace: string | undefined
}

export function parseListOutputOptions(raw: RawFormatOptions): ListOutputOptions {
  const format = parseFormat(raw)
  if (raw.csvRaw && format !== 'csv') {
    throw new UsageError(`--csv-raw applies to csv output only, not ${format}`)
  }
  return { format, csvRaw: raw.csvRaw === true }
}

export function parseCreditsFormat(raw: RawFormatOptions): CreditsFormat {
  return parseFormat(raw, CREDITS_FORMATS)
}

export function parseActivityOptions(raw: RawActivityOptions): ActivityOptions {
  if (raw.key !== undefined && raw.key.trim() === '') {
    throw new UsageError('--key must be a key hash, a hash prefix or a key name, got ""')
  }
  return {
    ...parseListOutputOptions(raw),
    key: raw.key,
    date: raw.date === undefined ? undefined : parseDate('--date', raw.date),
    workspace: raw.workspace === undefined ? undefined : parseUuid('--workspace', raw.workspace),
  }
}
