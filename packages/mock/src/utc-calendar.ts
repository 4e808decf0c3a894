// The UTC calendar the usage windows and activity follow: days start at midnight UTC, weeks on
// Monday (as the spec says for usage_weekly), months on the 1st.

export const DAY_MS = 86_400_000

/** 1970-01-01 was a Thursday: 3 days after a Monday. */
const EPOCH_DAYS_AFTER_MONDAY = 3

export function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS
}

export function startOfUtcWeek(time: number): number {
  const day = Math.floor(time / DAY_MS)
  const daysSinceMonday = (((day + EPOCH_DAYS_AFTER_MONDAY) % 7) + 7) % 7
  return (day - daysSinceMonday) * DAY_MS
}

export function startOfUtcMonth(time: number): number {
  const date = new Date(time)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1)
}

/** `YYYY-MM-DD` of the UTC day that holds `time`. */
export function utcDate(time: number): string {
  return new Date(startOfUtcDay(time)).toISOString().slice(0, 10)
}
