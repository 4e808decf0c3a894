import type { ApiKey } from '@openrouter-kit/types'
import { ExitCode } from '../exit-codes'
import type { Io } from '../io'
import { needsWholeListing } from '../list-options'
import type { KeysListOptions } from '../options'
import { createColors, shouldUseColor } from '../output/color'
import { type ColumnId, DEFAULT_CSV_COLUMNS, DEFAULT_TABLE_COLUMNS } from '../output/column-ids'
import { renderCsv } from '../output/csv'
import { renderJson, renderJsonl } from '../output/json'
import { renderTable } from '../output/table'
import { lineWidth, tableWidth } from '../output/terminal-size'
import { createProgress, progressEnabled } from '../progress'
import type { CommandContext } from './context'
import { applyKeyFilters } from './key-filters'

/**
 * `ork keys list`: fetch (every page unless --offset), then print in the chosen format. Failures
 * propagate to runCommand (context.ts), which turns them into an exit code and one line.
 */
export async function keysList(
  options: KeysListOptions,
  { client, io, report, signal }: CommandContext,
): Promise<ExitCode> {
  const params = {
    include_disabled: options.includeDisabled ? true : undefined,
    workspace_id: options.workspace,
  }
  const progress = createProgress(io.stderr, progressEnabled(io.stderr, io.env), () =>
    lineWidth(io.stderr, io.env),
  )
  // With a filter or a sort, every key must be in before any is kept: --limit applies after.
  const whole = needsWholeListing(options.filters)
  const fetchLimit = whole ? undefined : options.limit
  let keys: ApiKey[]
  let workspaceNames: Map<string, string> | undefined
  try {
    progress.start()
    if (options.allWorkspaces) {
      const [inventory, workspaces] = await Promise.all([
        client.keys
          .inventory(
            { include_disabled: params.include_disabled },
            { onPage: progress.update, signal, limit: fetchLimit },
          )
          .toArray(),
        client.workspaces.listAll({ signal }).toArray(),
      ])
      keys = inventory
      workspaceNames = new Map(workspaces.map((workspace) => [workspace.id, workspace.name]))
    } else if (options.offset === undefined) {
      keys = await client.keys
        .listAll(params, { onPage: progress.update, signal, limit: fetchLimit })
        .toArray()
    } else {
      const page = await client.keys.list({ ...params, offset: options.offset }, { signal })
      keys = page.data.slice(0, fetchLimit)
    }
  } finally {
    progress.done()
  }
  if (whole) keys = applyKeyFilters(keys, options.filters, Date.now()).slice(0, options.limit)

  if (keys.length === 0) report.line(emptyMessage(options))
  const { text, note } = await render(keys, options, io, workspaceNames)
  io.stdout.write(text)
  // After the table, where the eye lands when it ends.
  if (note) report.line(note)
  return ExitCode.Ok
}

async function render(
  keys: ApiKey[],
  options: KeysListOptions,
  io: Io,
  workspaceNames: ReadonlyMap<string, string> | undefined,
): Promise<{ text: string; note?: string }> {
  switch (options.format) {
    case 'json':
      return { text: renderJson(keys) }
    case 'jsonl':
      return { text: renderJsonl(keys) }
    case 'csv':
      return {
        text: renderCsv(keys, options.columns ?? DEFAULT_CSV_COLUMNS, {
          raw: options.csvRaw,
          workspaceNames,
        }),
      }
    case 'table': {
      if (keys.length === 0) return { text: '' }
      const width = tableWidth(io.stdout, io.env)
      const table = await renderTable(keys, {
        columns: options.columns ?? defaultTableColumns(options),
        width,
        workspaceNames,
        colors: createColors(shouldUseColor(io.stdout, io.env)),
      })
      if (table.hidden.length === 0) return { text: table.text }
      return {
        text: table.text,
        note: `note: ${table.hidden.join(', ')} hidden to fit ${width} columns; widen the terminal or choose --columns`,
      }
    }
  }
}

/** With --all-workspaces the WORKSPACE column (by name) comes right after the key's name. */
function defaultTableColumns(options: KeysListOptions): readonly ColumnId[] {
  if (!options.allWorkspaces) return DEFAULT_TABLE_COLUMNS
  const [first, ...rest] = DEFAULT_TABLE_COLUMNS
  return [first!, 'workspace_id', ...rest]
}

function emptyMessage(options: KeysListOptions): string {
  const filtered = needsWholeListing(options.filters) ? ' matching the filters' : ''
  const where = whereListed(options)
  const at = options.offset === undefined ? '' : ` at offset ${options.offset}`
  const hint = options.includeDisabled ? '' : ' (disabled keys are hidden; add --include-disabled)'
  return `No keys found${filtered}${where}${at}${hint}.`
}

function whereListed(options: KeysListOptions): string {
  if (options.workspace !== undefined) return ` in workspace ${options.workspace}`
  if (options.allWorkspaces) return ' in any workspace'
  return ''
}
