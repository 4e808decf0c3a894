// `--expired`, `--expiring-within`, `--over-limit` and `--sort` applied to a listing, the same for
// every format, so `--format json` and the table always hold the same keys in the same order.
import type { ApiKey } from '@openrouter-kit/types'
import type { KeyFilters, SortOrder } from '../list-options'
import { readField } from '../output/fields'

/**
 * The keys the filters keep, in the `--sort` order (else as listed). `--expired` and
 * `--expiring-within` together keep a key that matches either (expired, or expiring soon);
 * `--over-limit` must hold as well.
 */
export function applyKeyFilters(
  keys: readonly ApiKey[],
  filters: KeyFilters,
  now: number,
): ApiKey[] {
  const byExpiry = filters.expired || filters.expiringWithinMs !== undefined
  const kept = keys.filter((key) => {
    if (filters.overLimit && !isOverLimit(key)) return false
    if (!byExpiry) return true
    const expiresAt = expiryTime(key)
    if (expiresAt === undefined) return false
    if (filters.expired && expiresAt <= now) return true
    return (
      filters.expiringWithinMs !== undefined &&
      expiresAt > now &&
      expiresAt <= now + filters.expiringWithinMs
    )
  })
  return filters.sort ? sortKeys(kept, filters.sort) : kept
}

/** A key with a spending limit and nothing (or less than nothing) left of it. */
export function isOverLimit(key: ApiKey): boolean {
  const limit = readField(key, 'limit')
  const remaining = readField(key, 'limit_remaining')
  if (limit === null) return false
  if (remaining !== null) return remaining <= 0
  return (readField(key, 'usage') ?? 0) >= limit
}

/** When the key expires (epoch ms); undefined when it never does or the timestamp does not parse. */
function expiryTime(key: ApiKey): number | undefined {
  const expiresAt = readField(key, 'expires_at')
  if (expiresAt === null) return undefined
  const time = Date.parse(expiresAt)
  return Number.isNaN(time) ? undefined : time
}

/**
 * A stable sort on one column. Keys without a value (no limit, no expiry) come last in both
 * directions, so `--sort expires_at` starts with the soonest expiry rather than with "never".
 */
export function sortKeys(keys: readonly ApiKey[], { column, direction }: SortOrder): ApiKey[] {
  const sign = direction === 'asc' ? 1 : -1
  return [...keys].sort((left, right) => {
    const a = readField(left, column)
    const b = readField(right, column)
    const aMissing = a === null
    const bMissing = b === null
    if (a === null || b === null) return Number(aMissing) - Number(bMissing)
    return sign * compareValues(a, b)
  })
}

function compareValues(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'en')
  return Number(a) - Number(b)
}
