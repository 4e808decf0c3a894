// Misbehaviour on demand: a scripted queue (one fault per request) and a seeded chaos mode.
import { headerNameProblem, headerValueProblem } from './header-syntax'
import { describeValue, isPlainObject } from './json-value'
import { createRandom, type Random } from './random'

/** What the next request should suffer. Fields combine: `{ delayMs: 500, status: 503 }`. */
export interface Fault {
  /**
   * Respond with this status (200-599). Without `body`, >= 400 gets the standard error body;
   * 204, 205 and 304 cannot have one.
   */
  status?: number
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number
  /** Milliseconds, sent as `retry-after-ms`. */
  retryAfterMs?: number
  /** Raw response body, sent as is (with `status`; defaults to 200 without one). */
  body?: string
  /** Content type of `body` (a valid header value). Default `application/json`. */
  contentType?: string
  /**
   * Extra response headers (also added to an otherwise normal response): HTTP token names,
   * values without control characters; content-length, transfer-encoding and connection are the
   * transport's.
   */
  headers?: Record<string, string>
  /**
   * Wait this long (at most 2,147,483,647 ms) before answering or dropping; ended early by
   * `close()` or a client abort.
   */
  delayMs?: number
  /**
   * Destroy the connection without any response (in-process: `fetch` rejects with a TypeError).
   * Cannot be combined with the fields that shape a response.
   */
  drop?: boolean
}

export interface ChaosOptions {
  /** Probability in [0, 1] that a request gets a random fault. */
  rate: number
  /** PRNG seed for the chaos sequence (default: the server's `randomSeed`). */
  seed?: number
}

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

/** The faults chaos mode draws from, equally likely. Retry hints are short to keep tests fast. */
const CHAOS_FAULTS: readonly Fault[] = [
  { status: 429, retryAfter: 0, retryAfterMs: 10 },
  { status: 500 },
  { status: 502 },
  { drop: true },
]

export class FaultPlan {
  #queue: Fault[] = []
  #chaos: { rate: number; random: Random } | null = null
  readonly #defaultSeed: number

  constructor(defaultSeed: number) {
    this.#defaultSeed = defaultSeed
  }

  enqueue(faults: readonly Fault[], where = 'enqueueFaults'): void {
    if (!Array.isArray(faults)) {
      throw new TypeError(`${where}: expected an array of faults, got ${describeValue(faults)}`)
    }
    for (const [index, fault] of faults.entries()) assertFault(fault, `${where}[${index}]`)
    this.#queue.push(...faults.map((fault) => structuredClone(fault)))
  }

  clear(): void {
    this.#queue = []
  }

  setChaos(chaos: ChaosOptions | null, where = 'setChaos'): void {
    if (chaos === null) {
      this.#chaos = null
      return
    }
    assertChaos(chaos, where)
    this.#chaos = { rate: chaos.rate, random: createRandom(chaos.seed ?? this.#defaultSeed) }
  }

  /** The fault for the next request: the queue first, then chaos; undefined = behave. */
  next(): Fault | undefined {
    const scripted = this.#queue.shift()
    if (scripted) return scripted
    const chaos = this.#chaos
    if (chaos && chaos.random.next() < chaos.rate) return chaos.random.pick(CHAOS_FAULTS)
    return undefined
  }
}
