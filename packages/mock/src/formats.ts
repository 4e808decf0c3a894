// String formats the mock checks, written once: the spec's `uuid` and `date-time` (RFC 3339, as
// JSON Schema defines it), used for stored state and for the query of `GET /keys`.

const UUID = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i

export function isUuid(text: string): boolean {
  return UUID.test(text)
}

// `2025-08-24T10:30:00Z`, `2025-08-24T10:30:00.123+02:00`. Date.parse alone is not enough: it
// accepts `2025-02-30` (rolling over to March) and many non-ISO forms.
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/

const MAX_HOUR = 23
const MAX_MINUTE = 59
/** RFC 3339 allows a leap second (`23:59:60`). */
const MAX_SECOND = 60

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Gregorian, by arithmetic (Date.UTC maps the years 0-99 to 1900-1999). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  if (month === 2 && leap) return 29
  return DAYS_IN_MONTH[month - 1] ?? 0
}

export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text)
  if (!match) return false
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const offsetHour = match[8] === undefined ? 0 : Number(match[8])
  const offsetMinute = match[9] === undefined ? 0 : Number(match[9])
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= MAX_HOUR &&
    minute <= MAX_MINUTE &&
    second <= MAX_SECOND &&
    offsetHour <= MAX_HOUR &&
    offsetMinute <= MAX_MINUTE
  )
}
