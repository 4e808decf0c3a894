// Codecs: how one parameter or body field is checked, sent and read back. Written once, here;
// the generated descriptors (../generated/operations.ts) only wire them to names, from each
// schema's type, format, minimum/maximum, enum, default and x-openrouter-type. The client checks
// a caller's values with `encode`, the mock and the server-side proxy read requests with
// `decodeText` (query and path) and `decodeJson` (bodies), and all of them word a failure with
// `invalidMessage`, so the same bad value gets the same message everywhere.

/** A JSON value, as a body holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A check's result: the value to use, or what was wrong (`name` set by object codecs). */
export type Checked<T> =
  | { ok: true; value: T }
  | { ok: false; received: unknown; expected: string; name?: string }

export interface Codec {
  /** What a valid value is, in words, for messages: "a UUID", "an integer >= 0". */
  readonly expected: string
  /** The spec's `default`: sending it is the same as sending nothing. */
  readonly defaultValue?: unknown
  /** A caller's value -> the JSON value to send (the client writes it as text in a URL). */
  encode(value: unknown): Checked<Json>
  /** A query or path value as received -> the value it stands for. */
  decodeText(text: string): Checked<unknown>
  /** A body value as received -> the value it stands for. */
  decodeJson(value: unknown): Checked<unknown>
}

/** An object codec also knows its fields (bodies: which exist, which are required). */
export interface ObjectCodec extends Codec {
  readonly fields: Readonly<Record<string, Codec>>
  readonly required: readonly string[]
}

const MESSAGE_VALUE_LIMIT = 200

const unchanged = <T>(value: T): T => value

// Query and path text that reads as a JSON number, boolean or null: shown bare, as the client
// shows the same value given as a number or a boolean, so both sides word a failure alike.
const BARE_TEXT = /^(-?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?|true|false|null)$/

/**
 * `invalidMessage` for a value received as query or path text (the mock and the proxy): the
 * text exactly as sent (a number beyond the safe range is not rounded), bare when it reads as a
 * number or a boolean, else quoted. `offset=-1` gives the client's `received -1` for `-1`.
 */
export function invalidTextMessage(name: string, text: string, expected: string): string {
  return formatInvalid(name, BARE_TEXT.test(text) ? text : JSON.stringify(text), expected)
}

/** How a received value is shown in a message: strings quoted, objects as JSON. */
export function describeValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value)
  }
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return 'an object that is not JSON'
  }
}

/**
 * `Invalid <name>: received <value>, expected <what>`. `redact` runs on the shown value before it
 * is cut to 200 characters, so a secret inside a long value cannot survive half-cut.
 */
export function invalidMessage(
  name: string,
  received: unknown,
  expected: string,
  redact: (text: string) => string = unchanged,
): string {
  return formatInvalid(name, describeValue(received), expected, redact)
}

/** The one message format, from the value as it is to be shown. */
function formatInvalid(
  name: string,
  described: string,
  expected: string,
  redact: (text: string) => string = unchanged,
): string {
  let shown = redact(described)
  if (shown.length > MESSAGE_VALUE_LIMIT) shown = `${shown.slice(0, MESSAGE_VALUE_LIMIT)}…`
  return `Invalid ${name}: received ${shown}, expected ${expected}`
}

const valid = <T>(value: T): Checked<T> => ({ ok: true, value })
const invalid = (received: unknown, expected: string): Checked<never> => ({
  ok: false,
  received,
  expected,
})

/**
 * A codec whose encode and body decode accept the same values, sent as they are (or as `toWire`
 * turns them).
 */
function plainCodec(
  expected: string,
  accepts: (value: unknown) => boolean,
  fromText: (text: string) => unknown = unchanged,
  toWire: (value: unknown) => unknown = unchanged,
): Codec {
  const check = (value: unknown): Checked<Json> =>
    accepts(value) ? valid(toWire(value) as Json) : invalid(value, expected)
  return {
    expected,
    encode: check,
    decodeJson: check,
    decodeText: (text) => {
      const value = fromText(text)
      return accepts(value) ? valid(value) : invalid(text, expected)
    },
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** `format: uuid`. The one UUID check of the project. */
export const uuid: Codec = /* @__PURE__ */ plainCodec(
  'a UUID',
  (value) => typeof value === 'string' && UUID.test(value),
)

/** `type: string`, with `minLength` when the spec sets one. */
export function text(options: { minLength?: number } = {}): Codec {
  const { minLength = 0 } = options
  const expected =
    minLength > 0
      ? `a string of at least ${minLength} character${minLength > 1 ? 's' : ''}`
      : 'a string'
  return plainCodec(expected, (value) => typeof value === 'string' && value.length >= minLength)
}

/** Bounds in words: "an integer >= 0", "a number from 1 to 100". */
function describeNumber(kind: string, minimum?: number, maximum?: number): string {
  if (minimum !== undefined && maximum !== undefined) return `${kind} from ${minimum} to ${maximum}`
  if (minimum !== undefined) return `${kind} >= ${minimum}`
  if (maximum !== undefined) return `${kind} <= ${maximum}`
  return kind
}

const withinBounds = (value: number, minimum?: number, maximum?: number) =>
  (minimum === undefined || value >= minimum) && (maximum === undefined || value <= maximum)

// Decimal integers only: "0x10", "1e3", " 5" and "" are not integers on the wire.
const INTEGER_TEXT = /^-?\d+$/
// Plain decimal numbers: no hex, no exponent-only forms, no Infinity.
const NUMBER_TEXT = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/

/** `type: integer`: a safe integer within the spec's minimum and maximum. */
export function integer(options: { minimum?: number; maximum?: number } = {}): Codec {
  const { minimum, maximum } = options
  return plainCodec(
    describeNumber('an integer', minimum, maximum),
    (value) => Number.isSafeInteger(value) && withinBounds(value as number, minimum, maximum),
    (raw) => (INTEGER_TEXT.test(raw) ? Number(raw) : Number.NaN),
  )
}

/** `type: number`: a finite number within the spec's minimum and maximum. */
export function number(options: { minimum?: number; maximum?: number } = {}): Codec {
  const { minimum, maximum } = options
  return plainCodec(
    describeNumber('a number', minimum, maximum),
    (value) =>
      typeof value === 'number' && Number.isFinite(value) && withinBounds(value, minimum, maximum),
    (raw) => (NUMBER_TEXT.test(raw) ? Number(raw) : Number.NaN),
  )
}

/** "true" and "false" as booleans; any other text stays text (and fails the check). */
const booleanFromText = (raw: string) => (raw === 'true' || raw === 'false' ? raw === 'true' : raw)

/** `type: boolean`. */
export const boolean: Codec = /* @__PURE__ */ plainCodec(
  'true or false',
  (value) => typeof value === 'boolean',
  booleanFromText,
)

const BOOLEAN_TEXTS: ReadonlyArray<unknown> = [true, false, 'true', 'false']

/**
 * `type: string` with `x-openrouter-type: boolean`: the wire text is "true" or "false"; callers
 * may pass a boolean or that text. Sent as the text; read back as a boolean.
 */
export const booleanText: Codec = /* @__PURE__ */ plainCodec(
  "true, false, 'true' or 'false'",
  (value) => BOOLEAN_TEXTS.includes(value),
  booleanFromText,
  String,
)

// RFC 3339 in UTC: the API rejects other offsets, so "+02:00" is refused before sending.
const UTC_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/
const isUtcDateTime = (value: unknown): value is string =>
  typeof value === 'string' && UTC_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))

const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime())

/**
 * `format: date-time`: an ISO 8601 string in UTC (ending in Z), or a `Date` (sent in UTC). A
 * request read back holds text only, so a Date can only come from a caller.
 */
export const dateTime: Codec = /* @__PURE__ */ plainCodec(
  'an ISO 8601 date-time in UTC such as 2027-12-31T23:59:59Z, or a Date',
  (value) => isValidDate(value) || isUtcDateTime(value),
  unchanged,
  (value) => (isValidDate(value) ? value.toISOString() : value),
)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/
function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

/** `format: date`: a calendar day, YYYY-MM-DD. */
export const date: Codec = /* @__PURE__ */ plainCodec('a date as YYYY-MM-DD', isCalendarDate)

/** `enum`: one of the listed values (compared exactly). */
export function oneOf(values: readonly Json[]): Codec {
  const expected = `one of ${values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(', ')}`
  return plainCodec(expected, (value) => values.includes(value as Json))
}

/** A type list with 'null': null is a value of its own (in a body it is sent as null). */
export function nullable(inner: Codec): Codec {
  const expected = `${inner.expected} or null`
  const orNull =
    (check: (value: unknown) => Checked<unknown>) =>
    (value: unknown): Checked<never> | Checked<unknown> => {
      if (value === null) return valid(null)
      const result = check(value)
      return result.ok ? result : invalid(value, expected)
    }
  return {
    expected,
    encode: orNull(inner.encode) as Codec['encode'],
    decodeJson: orNull(inner.decodeJson),
    decodeText: (raw) => {
      const result = inner.decodeText(raw)
      return result.ok ? result : invalid(raw, expected)
    },
  }
}

/** The spec's `default` for a value (the React normaliser drops a value equal to it). */
export function withDefault(inner: Codec, defaultValue: Json): Codec {
  return { ...inner, defaultValue }
}

/** Any JSON value: for schemas the generator does not understand in detail. */
export const anyJson: Codec = /* @__PURE__ */ plainCodec('a JSON value', () => true)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * `type: object` with `properties`: a body. Every field is checked with its codec; a missing
 * required field and a field the spec does not declare are refused (a typo must not be dropped
 * silently). Undefined fields count as absent; only own properties are read.
 */
export function object(
  fields: Readonly<Record<string, Codec>>,
  required: readonly string[] = [],
): ObjectCodec {
  const names = Object.keys(fields)
  const expected = `an object with ${names.length ? names.join(', ') : 'no fields'}`
  const run = (value: unknown, pick: (codec: Codec) => (field: unknown) => Checked<unknown>) => {
    if (!isPlainObject(value)) return invalid(value, expected)
    const out: Record<string, unknown> = {}
    for (const name of Object.keys(value)) {
      if (value[name] === undefined) continue
      if (!Object.hasOwn(fields, name)) {
        return {
          ok: false as const,
          name: 'field name',
          received: name,
          expected: `one of ${names.join(', ')}`,
        }
      }
      const result = pick(fields[name] as Codec)(value[name])
      if (!result.ok) return { ...result, name: result.name ?? name }
      out[name] = result.value
    }
    for (const name of required) {
      if (out[name] === undefined) {
        return {
          ok: false as const,
          name,
          received: undefined,
          expected: (fields[name] as Codec).expected,
        }
      }
    }
    return valid(out)
  }
  return {
    expected,
    fields,
    required,
    encode: (value) => run(value, (codec) => codec.encode) as Checked<Json>,
    decodeJson: (value) => run(value, (codec) => codec.decodeJson),
    decodeText: (raw) => invalid(raw, expected),
  }
}
