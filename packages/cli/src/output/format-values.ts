// How single values read in the table. CSV and JSON never use these: they carry raw values.

/** Shown where a key has no spending limit (or no limit reset). */
export const NO_VALUE = '—'
/** Shown where a key never expires. */
export const NEVER = 'never'

/** Digits before each group of three, for the thousands separators. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g
/** From here on an amount in cents is no longer an exact integer; such amounts go to Intl. */
const LARGEST_BY_HAND = 1e13
const CENTS_PER_DOLLAR = 100

let usdFormat: Intl.NumberFormat | undefined

/**
 * `$1,234.50`, as Intl.NumberFormat('en-US', USD) writes it. By hand because creating that
 * formatter loads ICU data, about 30 ms of every `ork keys list`; format-values.test.ts checks
 * the two agree. Like Intl, it rounds the number as written in decimal (`0.015` is 1.5 cents, so
 * `$0.02`), ties away from zero: shifting the decimal text by two places (`0.015e2`) gives
 * exactly that. Amounts under half a cent never get here (formatUsd shows them as $0.00).
 */
function usd(amount: number): string {
  const size = Math.abs(amount)
  if (size >= LARGEST_BY_HAND) {
    usdFormat ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
    return usdFormat.format(amount)
  }
  const cents = Math.round(Number(`${size}e2`))
  const dollars = String(Math.trunc(cents / CENTS_PER_DOLLAR)).replace(THOUSANDS, ',')
  const rest = String(cents % CENTS_PER_DOLLAR).padStart(2, '0')
  return `${amount < 0 ? '-' : ''}$${dollars}.${rest}`
}

/** `1234.5` -> `$1,234.50`; null -> `—`. */
export function formatUsd(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return NO_VALUE
  // Avoid "-$0.00" for tiny negative rounding noise.
  return usd(Math.abs(amount) < 0.005 ? 0 : amount)
}

/** The limit with what is left of it: `$100.00 ($74.50 left)`; `—` when there is no limit. */
export function formatLimit(limit: number | null, remaining: number | null): string {
  if (limit === null) return NO_VALUE
  if (remaining === null) return formatUsd(limit)
  return `${formatUsd(limit)} (${formatUsd(remaining)} left)`
}

export type TimestampPrecision = 'minute' | 'day'

/**
 * An ISO 8601 timestamp in UTC: `2025-08-24 10:30` (or `2025-08-24` when the table is short of
 * room). A value that does not parse is shown as sent rather than hidden.
 */
export function formatTimestamp(
  value: string | null | undefined,
  precision: TimestampPrecision = 'minute',
): string {
  if (value === null || value === undefined || value === '') return NO_VALUE
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return value
  const iso = date.toISOString() // always UTC: 2025-08-24T10:30:00.000Z
  return precision === 'day' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}

/** `never` when the key does not expire, else the UTC timestamp. */
export function formatExpiry(
  value: string | null | undefined,
  precision: TimestampPrecision = 'minute',
): string {
  return value === null || value === undefined ? NEVER : formatTimestamp(value, precision)
}

/** `yes` / `no`; `—` when absent. */
export function formatBoolean(value: boolean | null | undefined): string {
  if (value === null || value === undefined) return NO_VALUE
  return value ? 'yes' : 'no'
}

/** Free text such as a limit reset period; `—` when absent. */
export function formatText(value: string | null | undefined): string {
  return value === null || value === undefined || value === '' ? NO_VALUE : value
}
