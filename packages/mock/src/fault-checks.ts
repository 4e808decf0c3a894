// The checks of a fault and of chaos options, run when they are given (createMockServer,
// enqueueFaults, setChaos): a bad field throws a TypeError naming it, instead of surfacing as a
// 500 (or a silently different response) when the request arrives.
import { allOperations } from '@openrouter-kit/types/operations'
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

const TARGET_FIELDS = ['operation', 'method', 'path'] as const

const FAULT_FIELDS = [
  ...TARGET_FIELDS,
  'status',
  'retryAfter',
  'retryAfterMs',
  'body',
  'contentType',
  'headers',
  'delayMs',
  'drop',
  'afterCommit',
] as const

/** What a dropped connection can never send. */
const RESPONSE_FIELDS = ['status', 'body', 'contentType', 'headers', 'retryAfter', 'retryAfterMs']

const CHAOS_FIELDS = [...TARGET_FIELDS, 'rate', 'seed', 'faults']

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
  assertTarget(fault, where)
  const { status, body, contentType, headers, delayMs, drop, afterCommit } = fault
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
  if (afterCommit !== undefined && typeof afterCommit !== 'boolean') {
    fail('afterCommit', 'a boolean', afterCommit)
  }
  if (drop === true) {
    const sent = RESPONSE_FIELDS.find((name) => fault[name] !== undefined)
    if (sent) {
      throw new TypeError(
        `${where}: drop sends no response, so ${sent} would be ignored; use one or the other`,
      )
    }
  }
}

const OPERATION_IDS: readonly string[] = allOperations.map((operation) => operation.id)
const METHODS: readonly string[] = [...new Set(allOperations.map((operation) => operation.method))]
const PATHS: readonly string[] = [...new Set(allOperations.map((operation) => operation.path))]

const quotedList = (values: readonly string[]) =>
  values.map((value) => JSON.stringify(value)).join(', ')

/** `operation`, or `method` and/or `path`, each one the spec has. */
function assertTarget(target: Record<string, unknown>, where: string): void {
  const { operation, method, path } = target
  if (operation !== undefined) {
    if (typeof operation !== 'string' || !OPERATION_IDS.includes(operation)) {
      throw new TypeError(
        `${where}.operation: expected an operationId of the spec (${quotedList(OPERATION_IDS)}), got ${describeValue(operation)}`,
      )
    }
    if (method !== undefined || path !== undefined) {
      throw new TypeError(
        `${where}: operation already names the method and path; give operation, or method and/or path, not both`,
      )
    }
  }
  if (method !== undefined && (typeof method !== 'string' || !METHODS.includes(method))) {
    throw new TypeError(
      `${where}.method: expected a method the spec uses (${quotedList(METHODS)}), got ${describeValue(method)}`,
    )
  }
  if (path !== undefined && (typeof path !== 'string' || !PATHS.includes(path))) {
    throw new TypeError(
      `${where}.path: expected a path template of the spec (${quotedList(PATHS)}), got ${describeValue(path)}`,
    )
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
    throw new TypeError(
      `${where}: expected { rate, seed?, faults?, operation? | method?, path? }, got ${describeValue(chaos)}`,
    )
  }
  for (const name of Object.keys(chaos)) {
    if (!CHAOS_FIELDS.includes(name)) {
      throw new TypeError(
        `${where}: unknown chaos field "${name}" (expected one of ${CHAOS_FIELDS.join(', ')})`,
      )
    }
  }
  assertTarget(chaos, where)
  const { rate, seed, faults } = chaos
  if (!(typeof rate === 'number' && rate >= 0 && rate <= 1)) {
    throw new TypeError(
      `${where}.rate: expected a number between 0 and 1, got ${describeValue(rate)}`,
    )
  }
  if (seed !== undefined && !Number.isSafeInteger(seed)) {
    throw new TypeError(`${where}.seed: expected an integer, got ${describeValue(seed)}`)
  }
  if (faults !== undefined) {
    if (!Array.isArray(faults) || faults.length === 0) {
      throw new TypeError(
        `${where}.faults: expected a non-empty array of faults, got ${describeValue(faults)}`,
      )
    }
    for (const [index, fault] of faults.entries()) {
      assertFault(fault, `${where}.faults[${index}]`)
      const targeted = TARGET_FIELDS.find((name) => (fault as Fault)[name] !== undefined)
      if (targeted) {
        throw new TypeError(
          `${where}.faults[${index}].${targeted}: target the chaos itself (setChaos({ ${targeted}, ... })), not one of its faults`,
        )
      }
    }
  }
}
