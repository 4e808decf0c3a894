import type { ApiKey } from '@openrouter-kit/types'
import { ExitCode } from '../exit-codes'
import type { Io } from '../io'
import type { KeysListOptions } from '../options'
import { createColors, shouldUseColor } from '../output/color'
import { DEFAULT_CSV_COLUMNS, DEFAULT_TABLE_COLUMNS } from '../output/column-ids'
import { renderCsv } from '../output/csv'
import { renderJson, renderJsonl } from '../output/json'
import { renderTable } from '../output/table'
import { lineWidth, tableWidth } from '../output/terminal-size'
import { createProgress, progressEnabled } from '../progress'
import type { CommandContext } from './context'

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
  let keys: ApiKey[]
  try {
    progress.start()
    if (options.offset === undefined) {
      keys = await client.keys
        .listAll(params, { onPage: progress.update, signal, limit: options.limit })
        .toArray()
    } else {
      const page = await client.keys.list({ ...params, offset: options.offset }, { signal })
      keys = page.data.slice(0, options.limit)
    }
  } finally {
    progress.done()
  }

  if (keys.length === 0) report.line(emptyMessage(options))
  const { text, note } = render(keys, options, io)
  io.stdout.write(text)
  // After the table, where the eye lands when it ends.
  if (note) report.line(note)
  return ExitCode.Ok
}

function render(keys: ApiKey[], options: KeysListOptions, io: Io): { text: string; note?: string } {
  switch (options.format) {
    case 'json':
      return { text: renderJson(keys) }
    case 'jsonl':
      return { text: renderJsonl(keys) }
    case 'csv':
      return {
        text: renderCsv(keys, options.columns ?? DEFAULT_CSV_COLUMNS, { raw: options.csvRaw }),
      }
    case 'table': {
      if (keys.length === 0) return { text: '' }
      const width = tableWidth(io.stdout, io.env)
      const table = renderTable(keys, {
        columns: options.columns ?? DEFAULT_TABLE_COLUMNS,
        width,
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

function emptyMessage(options: KeysListOptions): string {
  const where = options.workspace === undefined ? '' : ` in workspace ${options.workspace}`
  const at = options.offset === undefined ? '' : ` at offset ${options.offset}`
  const hint = options.includeDisabled ? '' : ' (disabled keys are hidden; add --include-disabled)'
  return `No keys found${where}${at}${hint}.`
}
