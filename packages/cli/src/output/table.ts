import type { ApiKey } from '@openrouter-kit/types'
import type { Colors } from './color'
import type { ColumnId } from './column-ids'
import { TABLE_COLUMNS } from './columns'
import { readField } from './fields'
import { formatText, type TimestampPrecision } from './format-values'
import { sanitize } from './sanitize'
import { type TextWidth, textWidthFor } from './text-width'

export interface TableOptions {
  columns: readonly ColumnId[]
  /** Terminal width in cells; undefined = no limit (output is not going to a terminal). */
  width: number | undefined
  colors: Colors
  /**
   * `--all-workspaces`: the WORKSPACE column (workspace_id) shows the workspace's name from this
   * map (id -> name) instead of its id; an id missing from it is shown as sent.
   */
  workspaceNames?: ReadonlyMap<string, string>
}

export interface Table {
  /** The rendered table, one line per key after the header, each ending in '\n'. */
  text: string
  /** Columns left out because the width could not hold them even with names cut. */
  hidden: ColumnId[]
}

const GAP = '  '

interface Layout {
  columns: ColumnId[]
  precision: TimestampPrecision
  cells: string[][] // [row][column], row 0 = header
  widths: number[]
}

/** Every cell of the wanted columns at one precision: [row][column], row 0 the header. */
type CellGrid = string[][]

/**
 * Renders keys as an aligned table that fits `width` without ever wrapping a row. Room is found
 * in this order: timestamps drop their time of day; long user data (names first) is cut with
 * `…`; then the least important columns are hidden; as a last resort lines are cut at the width.
 * Async only to load string-width when some cell needs it (text-width.ts).
 */
export async function renderTable(keys: readonly ApiKey[], options: TableOptions): Promise<Table> {
  const wanted = [...options.columns]
  const grid = (precision: TimestampPrecision) =>
    tableCells(keys, wanted, precision, options.workspaceNames)
  // The day grid is only ever laid out on a terminal (when the minute one is too wide).
  const grids = { minute: grid('minute'), day: options.width === undefined ? [] : grid('day') }
  const textWidth = await textWidthFor([...grids.minute.flat(), ...grids.day.flat()])
  const layout = chooseLayout(grids, wanted, options.width, textWidth)
  const lines = layout.cells.map((row, rowIndex) => {
    const line = row
      .map((cell, column) => {
        const spec = TABLE_COLUMNS[layout.columns[column]!]
        const width = layout.widths[column]!
        return textWidth.pad(textWidth.truncate(cell, width), width, spec.align)
      })
      .join(GAP)
      .trimEnd()
    const fitted = options.width === undefined ? line : textWidth.truncate(line, options.width)
    if (rowIndex === 0) return options.colors.bold(fitted)
    return keys[rowIndex - 1]?.disabled === true ? options.colors.dim(fitted) : fitted
  })
  const hidden = options.columns.filter((column) => !layout.columns.includes(column))
  return { text: `${lines.join('\n')}\n`, hidden }
}

function chooseLayout(
  grids: Record<TimestampPrecision, CellGrid>,
  wanted: readonly ColumnId[],
  width: number | undefined,
  textWidth: TextWidth,
) {
  const measure = (columns: ColumnId[], precision: TimestampPrecision) =>
    measureLayout(grids[precision], wanted, columns, precision, textWidth)
  const full = measure([...wanted], 'minute')
  if (width === undefined || total(full.widths) <= width) return full

  let layout = measure([...wanted], 'day')
  for (;;) {
    shrink(layout, width)
    if (total(layout.widths) <= width || layout.columns.length === 1) return layout
    const victim = leastImportant(layout.columns)
    layout = measure(
      layout.columns.filter((column) => column !== victim),
      'day',
    )
  }
}

/** The cells of every wanted column, sanitised, header first. */
function tableCells(
  keys: readonly ApiKey[],
  columns: readonly ColumnId[],
  precision: TimestampPrecision,
  workspaceNames: ReadonlyMap<string, string> | undefined,
): CellGrid {
  const header = columns.map((column) => {
    const spec = TABLE_COLUMNS[column]
    return spec.timestamp && precision === 'minute' ? `${spec.header} (UTC)` : spec.header
  })
  const rows = keys.map((key) =>
    columns.map((column) =>
      column === 'workspace_id' && workspaceNames
        ? workspaceName(key, workspaceNames)
        : TABLE_COLUMNS[column].cell(key, precision),
    ),
  )
  // Every cell is sanitised here, whatever its column: names, but also an unparseable timestamp
  // shown as sent, or any text a future column adds.
  return [header, ...rows].map((row) => row.map(sanitize))
}

/** The layout of `columns` (some of the wanted ones, in order), from the grid's cells. */
function measureLayout(
  grid: CellGrid,
  wanted: readonly ColumnId[],
  columns: ColumnId[],
  precision: TimestampPrecision,
  textWidth: TextWidth,
): Layout {
  const indexes = columns.map((column) => wanted.indexOf(column))
  const cells = grid.map((row) => indexes.map((index) => row[index]!))
  const widths = indexes.map((_, column) =>
    Math.max(...cells.map((row) => textWidth.displayWidth(row[column]!))),
  )
  return { columns, precision, cells, widths }
}

/** Narrows cut-able columns (widest first) until the table fits or all are at their minimum. */
function shrink(layout: Layout, width: number): void {
  let excess = total(layout.widths) - width
  while (excess > 0) {
    let widest = -1
    layout.columns.forEach((column, index) => {
      const floor = TABLE_COLUMNS[column].shrinkTo
      if (floor === undefined || layout.widths[index]! <= floor) return
      if (widest === -1 || layout.widths[index]! > layout.widths[widest]!) widest = index
    })
    if (widest === -1) return
    layout.widths[widest]! -= 1
    excess -= 1
  }
}

function leastImportant(columns: readonly ColumnId[]): ColumnId {
  return columns.reduce((lowest, column) =>
    TABLE_COLUMNS[column].keep < TABLE_COLUMNS[lowest].keep ? column : lowest,
  )
}

function total(widths: readonly number[]): number {
  return widths.reduce((sum, width) => sum + width, 0) + GAP.length * Math.max(0, widths.length - 1)
}

function workspaceName(key: ApiKey, names: ReadonlyMap<string, string>): string {
  const id = readField(key, 'workspace_id')
  if (id === null) return formatText(id)
  return names.get(id) ?? id
}
