// How spending moves a key: the usage totals and their daily, weekly and monthly windows (by the
// mock's clock, in UTC), and `limit_remaining`, which follows from them and the limit.
import type { ApiKey } from '@openrouter-kit/types'
import { startOfUtcDay, startOfUtcMonth, startOfUtcWeek } from './utc-calendar'

/** Sums of floating-point dollars keep 10 decimals, so 0.1 + 0.2 reads 0.3. */
const USD_PRECISION = 1e10

export function roundUsd(amount: number): number {
  return Math.round(amount * USD_PRECISION) / USD_PRECISION
}

const WINDOWS = [
  { start: startOfUtcDay, fields: ['usage_daily', 'byok_usage_daily'] },
  { start: startOfUtcWeek, fields: ['usage_weekly', 'byok_usage_weekly'] },
  { start: startOfUtcMonth, fields: ['usage_monthly', 'byok_usage_monthly'] },
] as const

/** What the key has spent in the window its limit resets on (all time when it never resets). */
function spentTowardsLimit(key: ApiKey): number {
  const byok = key.include_byok_in_limit
  switch (key.limit_reset) {
    case 'daily':
      return key.usage_daily + (byok ? key.byok_usage_daily : 0)
    case 'weekly':
      return key.usage_weekly + (byok ? key.byok_usage_weekly : 0)
    case 'monthly':
      return key.usage_monthly + (byok ? key.byok_usage_monthly : 0)
    default:
      return key.usage + (byok ? key.byok_usage : 0)
  }
}

/** `limit_remaining` as OpenRouter reports it: null without a limit, never below 0. */
export function limitRemaining(key: ApiKey): number | null {
  if (key.limit === null) return null
  return Math.max(0, roundUsd(key.limit - spentTowardsLimit(key)))
}

/**
 * Empties the windows that have ended between `windowsAt` (when the key's windows were last
 * current) and `now`, and recomputes `limit_remaining` if one did. Returns whether anything
 * changed. A clock set backwards changes nothing.
 */
export function rollWindows(key: ApiKey, windowsAt: number, now: number): boolean {
  let changed = false
  for (const window of WINDOWS) {
    if (window.start(now) <= window.start(windowsAt)) continue
    for (const field of window.fields) {
      if (key[field] !== 0) {
        key[field] = 0
        changed = true
      }
    }
  }
  if (changed) key.limit_remaining = limitRemaining(key)
  return changed
}

/**
 * Adds `usd` spent at `spentAt` to the key (whose windows are current at `now`): to the total,
 * and to each window of `now` that `spentAt` falls in.
 */
export function addUsage(key: ApiKey, usd: number, spentAt: number, now: number): void {
  key.usage = roundUsd(key.usage + usd)
  for (const window of WINDOWS) {
    if (window.start(spentAt) !== window.start(now)) continue
    const field = window.fields[0]
    key[field] = roundUsd(key[field] + usd)
  }
  key.limit_remaining = limitRemaining(key)
}
