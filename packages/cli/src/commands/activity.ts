import type { ActivityItem, GetActivityParams } from '@openrouter-kit/types'
import type { ExitCode } from '../exit-codes'
import { formatUsd } from '../output/format-values'
import type { RecordColumn } from '../output/records'
import type { ActivityOptions } from '../reads-options'
import type { CommandContext } from './context'
import { printRecords, textCell } from './print-records'
import { resolveKey } from './resolve-key'

/** One line of the table: the API's rows (one per endpoint) summed per day and model. */
export interface DayModelActivity {
  date: string
  model: string
  requests: number
  prompt_tokens: number
  completion_tokens: number
  reasoning_tokens: number
  usage: number
  byok_usage_inference: number
}

type Total = Exclude<keyof DayModelActivity, 'date' | 'model'>
const TOTALS: readonly Total[] = [
  'requests',
  'prompt_tokens',
  'completion_tokens',
  'reasoning_tokens',
  'usage',
  'byok_usage_inference',
]

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

const text = (header: string, field: 'date' | 'model'): RecordColumn<DayModelActivity> => ({
  header,
  field,
  align: 'start',
  cell: (row) => textCell(row[field]),
  value: (row) => row[field],
})
const count = (header: string, field: Total): RecordColumn<DayModelActivity> => ({
  header,
  field,
  align: 'end',
  cell: (row) => integer.format(row[field]),
  value: (row) => row[field],
})
const usd = (header: string, field: Total): RecordColumn<DayModelActivity> => ({
  ...count(header, field),
  cell: (row) => formatUsd(row[field]),
})

export const ACTIVITY_COLUMNS: readonly RecordColumn<DayModelActivity>[] = [
  text('DATE', 'date'),
  text('MODEL', 'model'),
  count('REQUESTS', 'requests'),
  count('PROMPT TOKENS', 'prompt_tokens'),
  count('COMPLETION TOKENS', 'completion_tokens'),
  count('REASONING TOKENS', 'reasoning_tokens'),
  usd('USAGE', 'usage'),
  usd('BYOK USAGE', 'byok_usage_inference'),
]

/**
 * `ork activity`: `GET /activity` (the last 30 completed UTC days), summed per day and model in
 * the table and CSV; JSON and JSONL carry the rows as the API sent them (per endpoint).
 */
export async function activity(
  options: ActivityOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { client, io, report, signal } = context
  const params: GetActivityParams = {
    api_key_hash:
      options.key === undefined ? undefined : await keyHash(options.key, options, context),
    date: options.date,
    workspace_id: options.workspace,
  }
  const { data } = await client.activity.list(params, { signal })
  return printRecords(
    {
      rows: perDayAndModel(data),
      columns: ACTIVITY_COLUMNS,
      sent: data,
      empty: `No activity found${describeFilter(options)} in the last 30 UTC days (today is not included until it ends).`,
    },
    options,
    io,
    report,
  )
}

/** Sums the rows per (date, model), ordered by date, then model. */
export function perDayAndModel(items: readonly ActivityItem[]): DayModelActivity[] {
  const groups = new Map<string, DayModelActivity>()
  for (const item of items) {
    const id = JSON.stringify([item.date, item.model])
    let group = groups.get(id)
    if (!group) {
      group = {
        date: item.date,
        model: item.model,
        requests: 0,
        prompt_tokens: 0,
        completion_tokens: 0,
        reasoning_tokens: 0,
        usage: 0,
        byok_usage_inference: 0,
      }
      groups.set(id, group)
    }
    for (const total of TOTALS) {
      const value: unknown = item[total]
      if (typeof value === 'number' && Number.isFinite(value)) group[total] += value
    }
  }
  return [...groups.values()].sort((left, right) => {
    const byDate = String(left.date).localeCompare(String(right.date))
    return byDate !== 0 ? byDate : String(left.model).localeCompare(String(right.model))
  })
}

function describeFilter(options: ActivityOptions): string {
  const parts: string[] = []
  if (options.key !== undefined) parts.push(`for key ${options.key}`)
  if (options.workspace !== undefined) parts.push(`in workspace ${options.workspace}`)
  if (options.date !== undefined) parts.push(`on ${options.date}`)
  return parts.length === 0 ? '' : ` ${parts.join(' ')}`
}

/**
 * `--key`: the hash of the key it names (a hash, a unique prefix or an exact name; with
 * --workspace, looked up in that workspace). No match is exit 3, an ambiguous one exit 2.
 */
async function keyHash(
  reference: string,
  options: ActivityOptions,
  { client, signal }: CommandContext,
): Promise<string> {
  const key = await resolveKey(client, reference, {
    signal,
    workspaceId: options.workspace,
  })
  return key.hash
}
