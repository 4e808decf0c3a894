import { formatWithOptions } from 'node:util'
import type { ApiKey } from '@openrouter-kit/types'
import { describeError } from '../errors'
import { ExitCode } from '../exit-codes'
import type { Io } from '../io'
import type { GlobalOptions, KeysListOptions } from '../options'
import { createColors, shouldUseColor } from '../output/color'
import { DEFAULT_CSV_COLUMNS, DEFAULT_TABLE_COLUMNS } from '../output/column-ids'
import { renderCsv } from '../output/csv'
import { renderJson, renderJsonl } from '../output/json'
import { renderTable } from '../output/table'
import { createProgress, progressEnabled } from '../progress'

export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'

/** `ork keys list`: fetch (every page unless --offset), then print in the chosen format. */
export async function keysList(
  options: KeysListOptions,
  globals: GlobalOptions,
  io: Io,
  signal?: AbortSignal,
): Promise<ExitCode | 130> {
  const apiKey = io.env.OPENROUTER_MANAGEMENT_KEY
  if (!apiKey) {
    io.stderr.write(
      'error: OPENROUTER_MANAGEMENT_KEY is not set; export a management key (OpenRouter settings → Management keys)\n',
    )
    return ExitCode.Credentials
  }
  const baseURL = globals.baseUrl ?? DEFAULT_BASE_URL
  const { createOpenRouterClient, APIUserAbortError } = await import('@openrouter-kit/client')
  const client = createOpenRouterClient({
    apiKey,
    baseURL,
    ...(globals.timeout !== undefined && { timeout: globals.timeout }),
    ...(globals.maxRetries !== undefined && { maxRetries: globals.maxRetries }),
    ...(globals.debug && { logger: debugLogger(io, apiKey) }),
  })

  const params = {
    ...(options.includeDisabled && { include_disabled: true }),
    ...(options.workspace !== undefined && { workspace_id: options.workspace }),
  }
  const progress = createProgress(io.stderr, progressEnabled(io.stderr, io.env))
  let keys: ApiKey[]
  try {
    progress.start()
    if (options.offset === undefined) {
      keys = await client.keys
        .listAll(params, {
          onPage: progress.update,
          ...(signal && { signal }),
          ...(options.limit !== undefined && { limit: options.limit }),
        })
        .toArray()
    } else {
      const page = await client.keys.list({ ...params, offset: options.offset }, { signal })
      keys = page.data.slice(0, options.limit)
    }
  } catch (error) {
    progress.done()
    if (APIUserAbortError.isInstance(error) || signal?.aborted) return 130
    const failure = describeError(error, { apiKey, baseURL })
    io.stderr.write(`error: ${failure.message}\n`)
    if (globals.debug && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack.split(apiKey).join('***')}\n`)
    }
    return failure.exitCode
  }
  progress.done()

  if (keys.length === 0) {
    io.stderr.write(`${emptyMessage(options)}\n`)
  }
  const { text, note } = render(keys, options, io)
  io.stdout.write(text)
  // After the table, where the eye lands when it ends.
  if (note) io.stderr.write(`${note}\n`)
  return ExitCode.Ok
}

function render(keys: ApiKey[], options: KeysListOptions, io: Io): { text: string; note?: string } {
  switch (options.format) {
    case 'json':
      return { text: renderJson(keys) }
    case 'jsonl':
      return { text: renderJsonl(keys) }
    case 'csv':
      return { text: renderCsv(keys, options.columns ?? DEFAULT_CSV_COLUMNS) }
    case 'table': {
      if (keys.length === 0) return { text: '' }
      const width = terminalWidth(io)
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

/**
 * The width the table must fit: COLUMNS when set (an explicit request, also honoured in pipes),
 * else the terminal's width, else no limit: a table piped to a file or pager keeps every cell.
 */
export function terminalWidth(io: Io): number | undefined {
  const fromEnv = io.env.COLUMNS
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv) && Number(fromEnv) > 0) return Number(fromEnv)
  if (io.stdout.isTTY && io.stdout.columns && io.stdout.columns > 0) return io.stdout.columns
  return undefined
}

function emptyMessage(options: KeysListOptions): string {
  const where = options.workspace === undefined ? '' : ` in workspace ${options.workspace}`
  const at = options.offset === undefined ? '' : ` at offset ${options.offset}`
  const hint = options.includeDisabled ? '' : ' (disabled keys are hidden; add --include-disabled)'
  return `No keys found${where}${at}${hint}.`
}

/** --debug: the client's request log on stderr. The client already shows the key as ***; the
 * extra redaction here guards against any path that might not. */
function debugLogger(io: Io, apiKey: string) {
  const log =
    (level: string) =>
    (message: string, ...data: unknown[]) => {
      const text = formatWithOptions({ colors: false, depth: 4 }, message, ...data)
      io.stderr.write(`[ork ${level}] ${text.split(apiKey).join('***')}\n`)
    }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
