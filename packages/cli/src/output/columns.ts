import type { ApiKey } from '@openrouter-kit/types'
import type { ColumnId } from './column-ids'
import { readField } from './fields'
import {
  formatBoolean,
  formatExpiry,
  formatLimit,
  formatText,
  formatTimestamp,
  formatUsd,
  type TimestampPrecision,
} from './format-values'

/**
 * How one column looks in the table. Cells are plain text as formatted here; the table
 * sanitises every cell (and the header) before measuring it, so no column has to.
 */
export interface TableColumn {
  header: string
  align: 'start' | 'end'
  cell(key: ApiKey, precision: TimestampPrecision): string
  /** Long user data may be cut with `…` down to this many cells before columns are hidden. */
  shrinkTo?: number
  /** When the terminal is too narrow, the lowest value is hidden first. */
  keep: number
  /** Timestamp columns say "(UTC)" in their header when they show the time of day. */
  timestamp?: boolean
}

type TextField = 'name' | 'label' | 'hash' | 'creator_user_id' | 'workspace_id' | 'limit_reset'
type MoneyField =
  | 'usage'
  | 'usage_daily'
  | 'usage_weekly'
  | 'usage_monthly'
  | 'byok_usage'
  | 'byok_usage_daily'
  | 'byok_usage_weekly'
  | 'byok_usage_monthly'
  | 'limit_remaining'

const text = (field: TextField) => (key: ApiKey) => formatText(readField(key, field))

const usd = (header: string, field: MoneyField, keep = 5): TableColumn => ({
  header,
  align: 'end',
  cell: (key) => formatUsd(readField(key, field)),
  keep,
})

export const TABLE_COLUMNS: Record<ColumnId, TableColumn> = {
  name: { header: 'NAME', align: 'start', cell: text('name'), shrinkTo: 12, keep: 1000 },
  label: { header: 'LABEL', align: 'start', cell: text('label'), keep: 60 },
  hash: { header: 'HASH', align: 'start', cell: text('hash'), shrinkTo: 12, keep: 8 },
  disabled: {
    header: 'DISABLED',
    align: 'start',
    cell: (key) => formatBoolean(readField(key, 'disabled')),
    keep: 40,
  },
  usage: usd('USAGE', 'usage', 50),
  usage_daily: usd('USAGE DAY', 'usage_daily'),
  usage_weekly: usd('USAGE WEEK', 'usage_weekly'),
  usage_monthly: usd('USAGE MONTH', 'usage_monthly'),
  byok_usage: usd('BYOK USAGE', 'byok_usage'),
  byok_usage_daily: usd('BYOK DAY', 'byok_usage_daily'),
  byok_usage_weekly: usd('BYOK WEEK', 'byok_usage_weekly'),
  byok_usage_monthly: usd('BYOK MONTH', 'byok_usage_monthly'),
  limit: {
    header: 'LIMIT',
    align: 'end',
    cell: (key) => formatLimit(readField(key, 'limit'), readField(key, 'limit_remaining')),
    keep: 70,
  },
  limit_remaining: usd('REMAINING', 'limit_remaining', 45),
  limit_reset: { header: 'RESET', align: 'start', cell: text('limit_reset'), keep: 10 },
  include_byok_in_limit: {
    header: 'BYOK IN LIMIT',
    align: 'start',
    cell: (key) => formatBoolean(readField(key, 'include_byok_in_limit')),
    keep: 5,
  },
  created_at: {
    header: 'CREATED',
    align: 'start',
    cell: (key, precision) => formatTimestamp(readField(key, 'created_at'), precision),
    keep: 20,
    timestamp: true,
  },
  updated_at: {
    header: 'UPDATED',
    align: 'start',
    cell: (key, precision) => formatTimestamp(readField(key, 'updated_at'), precision),
    keep: 15,
    timestamp: true,
  },
  expires_at: {
    header: 'EXPIRES',
    align: 'start',
    cell: (key, precision) => formatExpiry(readField(key, 'expires_at'), precision),
    keep: 30,
    timestamp: true,
  },
  creator_user_id: {
    header: 'CREATOR',
    align: 'start',
    cell: text('creator_user_id'),
    shrinkTo: 12,
    keep: 6,
  },
  workspace_id: {
    header: 'WORKSPACE',
    align: 'start',
    cell: text('workspace_id'),
    shrinkTo: 12,
    keep: 7,
  },
}
