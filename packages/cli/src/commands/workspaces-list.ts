import type { Workspace } from '@openrouter-kit/types'
import type { ExitCode } from '../exit-codes'
import { formatTimestamp } from '../output/format-values'
import type { RecordColumn } from '../output/records'
import type { ListOutputOptions } from '../reads-options'
import type { CommandContext } from './context'
import { csvValue, printRecords, textCell } from './print-records'

const text = (header: string, field: keyof Workspace): RecordColumn<Workspace> => ({
  header,
  field,
  align: 'start',
  cell: (workspace) => textCell(workspace[field]),
  value: (workspace) => csvValue(workspace[field]),
})

const timestamp = (
  header: string,
  field: 'created_at' | 'updated_at',
): RecordColumn<Workspace> => ({
  ...text(header, field),
  cell: (workspace) => {
    const value = workspace[field]
    return typeof value === 'string' ? formatTimestamp(value) : textCell(value)
  },
})

/** The table: what tells workspaces apart. */
export const WORKSPACE_TABLE_COLUMNS = [
  text('NAME', 'name'),
  text('SLUG', 'slug'),
  text('ID', 'id'),
  timestamp('CREATED (UTC)', 'created_at'),
]

/** CSV is for machines: the fields that describe the workspace (not its defaults and logging). */
export const WORKSPACE_CSV_COLUMNS = [
  text('ID', 'id'),
  text('NAME', 'name'),
  text('SLUG', 'slug'),
  text('DESCRIPTION', 'description'),
  text('CREATED', 'created_at'),
  text('UPDATED', 'updated_at'),
  text('CREATED BY', 'created_by'),
]

/** `ork workspaces list`: every workspace, page after page. */
export async function workspacesList(
  options: ListOutputOptions,
  { client, io, report, signal }: CommandContext,
): Promise<ExitCode> {
  const workspaces = await client.workspaces.listAll({ signal }).toArray()
  return printRecords(
    {
      rows: workspaces,
      columns: options.format === 'csv' ? WORKSPACE_CSV_COLUMNS : WORKSPACE_TABLE_COLUMNS,
      sent: workspaces,
      empty: 'No workspaces found.',
    },
    options,
    io,
    report,
  )
}
