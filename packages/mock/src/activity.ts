// GET /activity's data: usage recorded with recordUsage, summed per UTC day, key, workspace,
// user and model, so memory grows with the distinct combinations, not with the calls. Rows are
// served for the last 30 completed UTC days (today is not complete, so it is not served), like
// the real endpoint.
import type { ActivityItem } from '@openrouter-kit/types'
import { uuidFromText } from './random'
import { roundUsd } from './usage'
import { DAY_MS, startOfUtcDay, utcDate } from './utc-calendar'

/** How many completed UTC days GET /activity covers. */
export const ACTIVITY_DAYS = 30

export interface UsageRecord {
  spentAt: number
  hash: string
  workspaceId: string
  userId: string | null
  model: string
  usd: number
}

interface Bucket {
  date: string
  hash: string
  workspaceId: string
  userId: string | null
  model: string
  usd: number
  requests: number
}

export interface ActivityFilter {
  date?: string
  apiKeyHash?: string
  workspaceId?: string
  userId?: string
  groupByWorkspace: boolean
}

const PROVIDER_NAMES: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  'meta-llama': 'Meta',
  mistralai: 'Mistral',
  deepseek: 'DeepSeek',
  'x-ai': 'xAI',
}

function providerName(model: string): string {
  const author = model.split('/')[0] ?? model
  return PROVIDER_NAMES[author] ?? author
}

/** The first and last day (YYYY-MM-DD) that GET /activity serves at `now`. */
export function activityRange(now: number): { first: string; last: string } {
  const today = startOfUtcDay(now)
  return { first: utcDate(today - ACTIVITY_DAYS * DAY_MS), last: utcDate(today - DAY_MS) }
}

export class ActivityLog {
  readonly #buckets = new Map<string, Bucket>()

  record(usage: UsageRecord): void {
    const date = utcDate(usage.spentAt)
    const id = JSON.stringify([date, usage.hash, usage.workspaceId, usage.userId, usage.model])
    const bucket = this.#buckets.get(id)
    if (bucket) {
      bucket.usd = roundUsd(bucket.usd + usage.usd)
      bucket.requests++
      return
    }
    this.#buckets.set(id, { ...usage, date, requests: 1 })
  }

  /** Rows for the served days, one per day and model (and workspace with groupByWorkspace), newest day first. */
  rows(filter: ActivityFilter, now: number): ActivityItem[] {
    const { first, last } = activityRange(now)
    const rows = new Map<string, ActivityItem>()
    for (const bucket of this.#buckets.values()) {
      if (bucket.date < first || bucket.date > last) continue
      if (filter.date !== undefined && bucket.date !== filter.date) continue
      if (filter.apiKeyHash !== undefined && bucket.hash !== filter.apiKeyHash) continue
      if (filter.userId !== undefined && bucket.userId !== filter.userId) continue
      if (
        filter.workspaceId !== undefined &&
        bucket.workspaceId.toLowerCase() !== filter.workspaceId.toLowerCase()
      ) {
        continue
      }
      const workspace = filter.groupByWorkspace ? bucket.workspaceId : ''
      const id = JSON.stringify([bucket.date, bucket.model, workspace])
      const row = rows.get(id) ?? this.#emptyRow(bucket, filter.groupByWorkspace)
      row.usage = roundUsd(row.usage + bucket.usd)
      row.requests += bucket.requests
      rows.set(id, row)
    }
    return [...rows.values()].sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.model.localeCompare(b.model) ||
        (a.workspace_id ?? '').localeCompare(b.workspace_id ?? ''),
    )
  }

  #emptyRow(bucket: Bucket, groupByWorkspace: boolean): ActivityItem {
    const row: ActivityItem = {
      date: bucket.date,
      model: bucket.model,
      model_permaslug: bucket.model,
      endpoint_id: uuidFromText(`endpoint:${bucket.model}`),
      provider_name: providerName(bucket.model),
      usage: 0,
      byok_usage_inference: 0,
      requests: 0,
      prompt_tokens: 0,
      completion_tokens: 0,
      reasoning_tokens: 0,
    }
    if (groupByWorkspace) row.workspace_id = bucket.workspaceId
    return row
  }
}
