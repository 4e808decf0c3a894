import type { ApiKey } from '@openrouter-kit/types'

/**
 * Every column `--columns` accepts: exactly the fields of an API key, in the order CSV uses by
 * default. Kept apart from the formatters so that reading the command line stays cheap.
 */
export const COLUMN_IDS = [
  'name',
  'label',
  'hash',
  'disabled',
  'usage',
  'usage_daily',
  'usage_weekly',
  'usage_monthly',
  'byok_usage',
  'byok_usage_daily',
  'byok_usage_weekly',
  'byok_usage_monthly',
  'limit',
  'limit_remaining',
  'limit_reset',
  'include_byok_in_limit',
  'created_at',
  'updated_at',
  'expires_at',
  'creator_user_id',
  'workspace_id',
] as const satisfies readonly (keyof ApiKey)[]

export type ColumnId = (typeof COLUMN_IDS)[number]

/** What the table shows unless `--columns` says otherwise. */
export const DEFAULT_TABLE_COLUMNS: readonly ColumnId[] = [
  'name',
  'label',
  'disabled',
  'usage',
  'limit',
  'limit_reset',
  'created_at',
  'expires_at',
]

/** CSV is for machines, so by default it carries every field. */
export const DEFAULT_CSV_COLUMNS: readonly ColumnId[] = COLUMN_IDS

export function isColumnId(value: string): value is ColumnId {
  return (COLUMN_IDS as readonly string[]).includes(value)
}
