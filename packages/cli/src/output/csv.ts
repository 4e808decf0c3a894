import type { ApiKey } from '@openrouter-kit/types'
import type { ColumnId } from './column-ids'

/**
 * RFC 4180 CSV: a header row of field names, CRLF line ends, and a field quoted (with inner
 * quotes doubled) when it holds a comma, a quote, CR or LF. Values are raw, as the API sent
 * them: numbers unrounded, timestamps as ISO strings, null as an empty field.
 */
export function renderCsv(keys: readonly ApiKey[], columns: readonly ColumnId[]): string {
  const rows = [columns.map(csvField), ...keys.map((key) => columns.map((c) => csvValue(key, c)))]
  return rows.map((row) => `${row.join(',')}\r\n`).join('')
}

function csvValue(key: ApiKey, column: ColumnId): string {
  const value = key[column]
  if (value === null || value === undefined) return ''
  return csvField(String(value))
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
