// The mock's clock: the real time by default, or a fixed instant set with the `now` option or
// `setNow(date)` (then it stays there until set again), so that expiry and the daily, weekly and
// monthly usage windows can be tested without waiting.
import { isDateTime } from './formats'
import { describeValue } from './json-value'

/** What the clock methods accept: a Date, an ISO 8601 date-time string or epoch milliseconds. */
export type TimeInput = Date | string | number

export class Clock {
  #fixed: number | undefined

  constructor(fixed?: number) {
    this.#fixed = fixed
  }

  /** Epoch milliseconds. */
  now(): number {
    return this.#fixed ?? Date.now()
  }

  /** Fixes the clock at `time`, or goes back to the real time with undefined. */
  set(time: number | undefined): void {
    this.#fixed = time
  }
}

/** `value` as epoch milliseconds; a TypeError naming `where` for anything that is not a time. */
export function toEpochMilliseconds(value: unknown, where: string): number {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime()
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && isDateTime(value)) return Date.parse(value)
  throw new TypeError(
    `${where} must be a Date, an ISO 8601 date-time string or epoch milliseconds, got ${describeValue(value)}`,
  )
}
