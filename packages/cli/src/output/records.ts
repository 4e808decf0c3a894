// Table and CSV output for the commands other than `keys list` (workspaces, activity): a list of
// records and the columns to show. Simpler than the key table (table.ts): these have few,
// short columns, so a row longer than the terminal is cut at its width instead of hiding columns.
import type { Colors } from './color'
import { csvField, csvText } from './csv'
import { sanitize } from './sanitize'
import { textWidthFor } from './text-width'

export interface RecordColumn<Row> {
  /** The table's header. */
  header: string
  /** The CSV header: the field name. */
  field: string
  align: 'start' | 'end'
  /** The table cell, formatted for people (USD with two decimals, `—` for nothing). */
  cell(row: Row): string
  /** The CSV value: as sent, null for an empty field. */
  value(row: Row): string | number | boolean | null | undefined
}

const GAP = '  '

/** Async only to load string-width when some cell needs it (text-width.ts). */
export async function renderRecordTable<Row>(
  rows: readonly Row[],
  columns: readonly RecordColumn<Row>[],
  options: { width: number | undefined; colors: Colors },
): Promise<string> {
  const cells = [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => column.cell(row))),
  ].map((line) => line.map(sanitize))
  const textWidth = await textWidthFor(cells.flat())
  const widths = columns.map((_, index) =>
    Math.max(...cells.map((line) => textWidth.displayWidth(line[index]!))),
  )
  const lines = cells.map((line, index) => {
    const text = line
      .map((cell, column) => textWidth.pad(cell, widths[column]!, columns[column]!.align))
      .join(GAP)
      .trimEnd()
    const fitted = options.width === undefined ? text : textWidth.truncate(text, options.width)
    return index === 0 ? options.colors.bold(fitted) : fitted
  })
  return `${lines.join('\n')}\n`
}

/** RFC 4180, as for keys (csv.ts): CRLF, quoting, the formula guard on text unless `raw`. */
export function renderRecordCsv<Row>(
  rows: readonly Row[],
  columns: readonly RecordColumn<Row>[],
  options: { raw: boolean },
): string {
  const lines = [
    columns.map((column) => csvField(column.field)),
    ...rows.map((row) =>
      columns.map((column) => {
        const value = column.value(row)
        if (value === null || value === undefined) return ''
        if (typeof value !== 'string') return csvField(String(value))
        return csvText(value, options)
      }),
    ),
  ]
  return lines.map((line) => `${line.join(',')}\r\n`).join('')
}
