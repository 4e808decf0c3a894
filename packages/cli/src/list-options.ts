// The flags that narrow and order `ork keys list` (and what `ork activity` and friends share:
// dates and UUIDs), read and checked before any request. Kept apart from options.ts so that the
// parsing of each flag family stays small; both are loaded on the command line path, so they
// import nothing heavier than the column ids.
import { COLUMN_IDS, type ColumnId, isColumnId } from './output/column-ids'
import { UsageError } from './usage-error'

export const SORT_DIRECTIONS = ['asc', 'desc'] as const
export type SortDirection = (typeof SORT_DIRECTIONS)[number]

export interface SortOrder {
  column: ColumnId
  direction: SortDirection
}

/** What `--expired`, `--expiring-within`, `--over-limit` and `--sort` asked for. */
export interface KeyFilters {
  expired: boolean
  /** `--expiring-within`, in milliseconds from now. */
  expiringWithinMs: number | undefined
  overLimit: boolean
  sort: SortOrder | undefined
}

export interface RawKeyFilters {
  expired?: boolean
  expiringWithin?: string
  overLimit?: boolean
  sort?: string
}

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const DURATION_UNITS: Readonly<Record<string, number>> = { h: HOUR_MS, d: DAY_MS }
const DURATION = /^(\d+)([hd])$/

export function parseKeyFilters(raw: RawKeyFilters): KeyFilters {
  return {
    expired: raw.expired === true,
    expiringWithinMs:
      raw.expiringWithin === undefined
        ? undefined
        : parseDuration('--expiring-within', raw.expiringWithin),
    overLimit: raw.overLimit === true,
    sort: raw.sort === undefined ? undefined : parseSort(raw.sort),
  }
}

/** True when the listing must be complete before anything is printed (and --limit applies after). */
export function needsWholeListing(filters: KeyFilters): boolean {
  return (
    filters.expired ||
    filters.expiringWithinMs !== undefined ||
    filters.overLimit ||
    filters.sort !== undefined
  )
}

/** `12h` or `7d`: a positive whole number of hours or days, in milliseconds. */
export function parseDuration(flag: string, value: string): number {
  const match = DURATION.exec(value.trim())
  const amount = match ? Number(match[1]) : Number.NaN
  if (!match || !Number.isSafeInteger(amount) || amount < 1) {
    throw new UsageError(
      `${flag} must be a positive number of hours or days, like 12h or 7d, got ${quote(value)}`,
    )
  }
  return amount * DURATION_UNITS[match[2]!]!
}

/** `usage`, `usage:desc`, `expires_at:asc`: a column id and an optional direction (default asc). */
export function parseSort(value: string): SortOrder {
  const [column = '', direction = 'asc', ...rest] = value.trim().split(':')
  if (rest.length > 0 || !isColumnId(column)) {
    // The value and the expected form first: the column list is long.
    throw new UsageError(
      `--sort got ${quote(value)}; expected <column>[:asc|desc], like usage:desc, with a column from ${COLUMN_IDS.join(', ')}`,
    )
  }
  if (!(SORT_DIRECTIONS as readonly string[]).includes(direction)) {
    throw new UsageError(`--sort direction must be asc or desc, got ${quote(value)}`)
  }
  return { column, direction: direction as SortDirection }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date `YYYY-MM-DD` that exists (2025-02-30 does not). */
export function parseDate(flag: string, value: string): string {
  const match = DATE.exec(value)
  const parsed = match ? new Date(`${value}T00:00:00Z`) : undefined
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw new UsageError(
      `${flag} must be a date YYYY-MM-DD (UTC), like 2025-08-24, got ${quote(value)}`,
    )
  }
  return value
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function parseUuid(flag: string, value: string): string {
  if (!UUID.test(value)) {
    throw new UsageError(
      `${flag} must be a UUID (like 0df9e665-d932-5740-b2c7-b52af166bc11), got ${quote(value)}`,
    )
  }
  return value
}

function quote(value: string): string {
  return JSON.stringify(value)
}
