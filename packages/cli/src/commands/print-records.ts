// Prints a list in the chosen format, for the commands other than `keys list`: JSON and JSONL
// carry the records as the API sent them, the table and CSV the columns given.
import { ExitCode } from '../exit-codes'
import type { Io } from '../io'
import { createColors, shouldUseColor } from '../output/color'
import { renderJson, renderJsonl } from '../output/json'
import { type RecordColumn, renderRecordCsv, renderRecordTable } from '../output/records'
import { tableWidth } from '../output/terminal-size'
import type { ListOutputOptions } from '../reads-options'
import type { Reporter } from '../report'

export interface RecordList<Row> {
  /** What the table and CSV show (for activity: summed per day and model). */
  rows: readonly Row[]
  columns: readonly RecordColumn<Row>[]
  /** What JSON and JSONL carry: the records as sent. */
  sent: readonly unknown[]
  /** The line on stderr when there is nothing to show (`No workspaces found.`). */
  empty: string
}

export async function printRecords<Row>(
  list: RecordList<Row>,
  options: ListOutputOptions,
  io: Io,
  report: Reporter,
): Promise<ExitCode> {
  if (list.sent.length === 0) report.line(list.empty)
  io.stdout.write(await renderList(list, options, io))
  return ExitCode.Ok
}

async function renderList<Row>(
  list: RecordList<Row>,
  options: ListOutputOptions,
  io: Io,
): Promise<string> {
  switch (options.format) {
    case 'json':
      return renderJson(list.sent)
    case 'jsonl':
      return renderJsonl(list.sent)
    case 'csv':
      return renderRecordCsv(list.rows, list.columns, { raw: options.csvRaw })
    case 'table':
      if (list.rows.length === 0) return ''
      return renderRecordTable(list.rows, list.columns, {
        width: tableWidth(io.stdout, io.env),
        colors: createColors(shouldUseColor(io.stdout, io.env)),
      })
  }
}

/** A table cell from a value a server sent, whatever its type: `—` for nothing. */
export function textCell(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** A CSV value from a value a server sent: scalars as they are, anything else as JSON. */
export function csvValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value
  }
  return JSON.stringify(value)
}
