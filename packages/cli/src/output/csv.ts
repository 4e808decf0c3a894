import type { ApiKey } from '@openrouter-kit/types'
import type { ColumnId } from './column-ids'
import { readField } from './fields'

export interface CsvOptions {
  /** Write text cells exactly as sent, without the formula guard (`--csv-raw`). */
  raw: boolean
  /**
   * `--all-workspaces`: adds a last column, `workspace_name`, with the name of each key's
   * workspace from this map (id -> name); empty when the id is not in it.
   */
  workspaceNames?: ReadonlyMap<string, string>
}

/** The column `--all-workspaces` adds to CSV output. */
export const WORKSPACE_NAME_COLUMN = 'workspace_name'

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
  const names = options.workspaceNames
  const header = columns.map((column) => csvField(column))
  const rows = [
    names ? [...header, WORKSPACE_NAME_COLUMN] : header,
    ...keys.map((key) => {
      const cells = columns.map((column) => csvValue(key, column, options))
      if (!names) return cells
      const id = readField(key, 'workspace_id')
      return [...cells, csvText(id === null ? '' : (names.get(id) ?? ''), options)]
    }),
  ]
  return rows.map((row) => `${row.join(',')}\r\n`).join('')
}

function csvValue(key: ApiKey, column: ColumnId, options: CsvOptions): string {
  const value = readField(key, column)
  if (value === null) return ''
  // Only text is guarded: a JSON number such as -3 cannot hold a formula, and a spreadsheet
  // must still read it as the number it is.
  if (typeof value !== 'string') return csvField(String(value))
  return csvText(value, options)
}

/** A text cell: RFC 4180 quoting, plus the formula guard unless `raw`. */
export function csvText(value: string, options: Pick<CsvOptions, 'raw'>): string {
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
