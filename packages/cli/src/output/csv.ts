import type { ApiKey } from '@openrouter-kit/types'
import type { ColumnId } from './column-ids'
import { readField } from './fields'

export interface CsvOptions {
  /** Write text cells exactly as sent, without the formula guard (`--csv-raw`). */
  raw: boolean
}

/**
 * RFC 4180 CSV: a header row of field names, CRLF line ends, and a field quoted (with inner
 * quotes doubled) when it holds a comma, a quote, CR or LF. Values are as the API sent them:
 * numbers unrounded, timestamps as ISO strings, null as an empty field. Text cells that a
 * spreadsheet would run as a formula get a leading `'` unless `raw` (see neutralizeFormula).
 */
export function renderCsv(
  keys: readonly ApiKey[],
  columns: readonly ColumnId[],
  options: CsvOptions = { raw: false },
): string {
  const rows = [
    columns.map((column) => csvField(column)),
    ...keys.map((key) => columns.map((column) => csvValue(key, column, options))),
  ]
  return rows.map((row) => `${row.join(',')}\r\n`).join('')
}

function csvValue(key: ApiKey, column: ColumnId, options: CsvOptions): string {
  const value = readField(key, column)
  if (value === null) return ''
  // Only text is guarded: a JSON number such as -3 cannot hold a formula, and a spreadsheet
  // must still read it as the number it is.
  if (typeof value !== 'string') return csvField(String(value))
  return options.raw ? csvField(value) : csvField(neutralizeFormula(value), QUOTE_GUARDED)
}

// The first characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula
// (OWASP, "CSV Injection"): = + - @, and tab and carriage return, which some of them skip first.
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * OWASP's defence against CSV (formula) injection: a text cell that starts like a formula gets a
 * leading `'`, which spreadsheets show as text and do not run. Key names are chosen by whoever
 * can create keys, so a name such as `=HYPERLINK(…)` must not run on the machine that opens the file.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value
}

/** What RFC 4180 requires a quoted field for. */
const QUOTE_REQUIRED = /[",\r\n]/
// Guarded text cells are also quoted when they hold a `;`: a spreadsheet set to a `;` list
// separator (the default in much of Europe) splits an unquoted field there, and the part after
// the `;` would start a cell of its own, unguarded.
const QUOTE_GUARDED = /[",;\r\n]/

export function csvField(value: string, mustQuote: RegExp = QUOTE_REQUIRED): string {
  return mustQuote.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}
