// The checks of a fault and of chaos options, run when they are given (createMockServer,
// enqueueFaults, setChaos): a bad field throws a TypeError naming it, instead of surfacing as a
// 500 (or a silently different response) when the request arrives.
import type { ChaosOptions, Fault } from './faults'
import { headerNameProblem, headerValueProblem } from './header-syntax'
import { describeValue, isPlainObject } from './json-value'

/** Statuses whose response cannot carry a body (the Response constructor refuses one). */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304])

/**
 * The longest wait a timer honours: Node fires a longer `setTimeout` after 1 ms instead (with a
 * TimeoutOverflowWarning), so a longer delayMs would answer at once.
 */
export const MAX_DELAY_MS = 2_147_483_647

const FAULT_FIELDS = [
  'status',
  'retryAfter',
  'retryAfterMs',
  'body',
  'contentType',
  'headers',
  'delayMs',
  'drop',
] as const

/** What a dropped connection can never send. */
const RESPONSE_FIELDS = ['status', 'body', 'contentType', 'headers', 'retryAfter', 'retryAfterMs']

const CHAOS_FIELDS = ['rate', 'seed']

const isNonNegativeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * Throws a TypeError naming the bad field, so a typo fails when the fault is enqueued, instead of
 * as a 500 (or a silently different response) when the request arrives.
 */
export function assertFault(fault: unknown, where: string): asserts fault is Fault {
  if (!isPlainObject(fault)) {
    throw new TypeError(`${where}: expected a fault object, got ${describeValue(fault)}`)
  }
  for (const name of Object.keys(fault)) {
    if (!(FAULT_FIELDS as readonly string[]).includes(name)) {
      throw new TypeError(
        `${where}: unknown fault field "${name}" (expected one of ${FAULT_FIELDS.join(', ')})`,
      )
    }
  }
  const fail = (field: string, expected: string, value: unknown): never => {
    throw new TypeError(`${where}.${field}: expected ${expected}, got ${describeValue(value)}`)
  }
  const { status, body, contentType, headers, delayMs, drop } = fault
  // 1xx statuses are interim responses; the Response constructor refuses them.
  if (
    status !== undefined &&
    !(Number.isInteger(status) && (status as number) >= 200 && (status as number) <= 599)
  ) {
    fail('status', 'an integer 200-599', status)
  }
  for (const name of ['retryAfter', 'retryAfterMs'] as const) {
    if (fault[name] !== undefined && !isNonNegativeNumber(fault[name])) {
      fail(name, 'a non-negative number', fault[name])
    }
  }
  if (delayMs !== undefined && !(isNonNegativeNumber(delayMs) && delayMs <= MAX_DELAY_MS)) {
    fail('delayMs', `a non-negative number <= ${MAX_DELAY_MS}`, delayMs)
  }
  if (body !== undefined && typeof body !== 'string') fail('body', 'a string', body)
  if (body !== undefined && NULL_BODY_STATUSES.has(status as number)) {
    fail('body', `no body with status ${status} (204, 205 and 304 have none)`, body)
  }
  if (contentType !== undefined) {
    if (typeof contentType !== 'string' || contentType === '') {
      fail('contentType', 'a non-empty string', contentType)
    }
    const problem = headerValueProblem(contentType as string)
    if (problem)
      throw new TypeError(`${where}.contentType: not a valid header value: it ${problem}`)
  }
  if (headers !== undefined) assertFaultHeaders(headers, `${where}.headers`)
  if (drop !== undefined && typeof drop !== 'boolean') fail('drop', 'a boolean', drop)
  if (drop === true) {
    const sent = RESPONSE_FIELDS.find((name) => fault[name] !== undefined)
    if (sent) {
      throw new TypeError(
        `${where}: drop sends no response, so ${sent} would be ignored; use one or the other`,
      )
    }
  }
}

function assertFaultHeaders(headers: unknown, where: string): void {
  if (!isPlainObject(headers)) {
    throw new TypeError(
      `${where}: expected a plain object of header names to string values, got ${describeValue(headers)}`,
    )
  }
  for (const [name, value] of Object.entries(headers)) {
    const nameProblem = headerNameProblem(name)
    if (nameProblem) throw new TypeError(`${where}: ${JSON.stringify(name)} ${nameProblem}`)
    const field = `${where}[${JSON.stringify(name)}]`
    if (typeof value !== 'string') {
      throw new TypeError(`${field}: expected a string, got ${describeValue(value)}`)
    }
    const valueProblem = headerValueProblem(value)
    if (valueProblem) throw new TypeError(`${field}: not a valid header value: it ${valueProblem}`)
  }
}

export function assertChaos(chaos: unknown, where: string): asserts chaos is ChaosOptions {
  if (!isPlainObject(chaos)) {
    throw new TypeError(`${where}: expected { rate, seed? }, got ${describeValue(chaos)}`)
  }
  for (const name of Object.keys(chaos)) {
    if (!CHAOS_FIELDS.includes(name)) {
      throw new TypeError(
        `${where}: unknown chaos field "${name}" (expected ${CHAOS_FIELDS.join(' or ')})`,
      )
    }
  }
  const { rate, seed } = chaos
  if (!(typeof rate === 'number' && rate >= 0 && rate <= 1)) {
    throw new TypeError(
      `${where}.rate: expected a number between 0 and 1, got ${describeValue(rate)}`,
    )
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new TypeError(`${where}.seed: expected an integer, got ${describeValue(seed)}`)
  }
}
