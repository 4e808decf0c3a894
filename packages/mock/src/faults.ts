// Misbehaviour on demand: a scripted queue (one fault per request) and a seeded chaos mode.
import { createRandom, type Random } from './random'

/** What the next request should suffer. Fields combine: `{ delayMs: 500, status: 503 }`. */
export interface Fault {
  /** Respond with this status (200-599). Without `body`, >= 400 gets the standard error body. */
  status?: number
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number
  /** Milliseconds, sent as `retry-after-ms`. */
  retryAfterMs?: number
  /** Raw response body, sent as is (with `status`; defaults to 200 without one). */
  body?: string
  /** Content type of `body`. Default `application/json`. */
  contentType?: string
  /** Extra response headers (also added to an otherwise normal response). */
  headers?: Record<string, string>
  /** Wait this long before answering (or before dropping); aborted by `close()`/client abort. */
  delayMs?: number
  /** Destroy the connection without any response (in-process: `fetch` rejects with a TypeError). */
  drop?: boolean
}

export interface ChaosOptions {
  /** Probability in [0, 1] that a request gets a random fault. */
  rate: number
  /** PRNG seed for the chaos sequence (default: the server's `randomSeed`). */
  seed?: number
}

const isNonNegativeNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/** Throws a TypeError naming the bad field, so a typo fails at setup instead of mid-test. */
export function assertFault(fault: unknown, where: string): asserts fault is Fault {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault)) {
    throw new TypeError(`${where}: expected a fault object, got ${JSON.stringify(fault)}`)
  }
  const f = fault as Record<string, unknown>
  const allowed = [
    'status',
    'retryAfter',
    'retryAfterMs',
    'body',
    'contentType',
    'headers',
    'delayMs',
    'drop',
  ]
  for (const name of Object.keys(f)) {
    if (!allowed.includes(name)) {
      throw new TypeError(
        `${where}: unknown fault field "${name}" (expected one of ${allowed.join(', ')})`,
      )
    }
  }
  if (
    f.status !== undefined &&
    !(Number.isInteger(f.status) && (f.status as number) >= 200 && (f.status as number) <= 599)
  ) {
    throw new TypeError(
      `${where}.status: expected an integer 200-599, got ${JSON.stringify(f.status)}`,
    )
  }
  for (const name of ['retryAfter', 'retryAfterMs', 'delayMs'] as const) {
    if (f[name] !== undefined && !isNonNegativeNumber(f[name])) {
      throw new TypeError(
        `${where}.${name}: expected a non-negative number, got ${JSON.stringify(f[name])}`,
      )
    }
  }
  for (const name of ['body', 'contentType'] as const) {
    if (f[name] !== undefined && typeof f[name] !== 'string') {
      throw new TypeError(`${where}.${name}: expected a string, got ${JSON.stringify(f[name])}`)
    }
  }
  if (f.drop !== undefined && typeof f.drop !== 'boolean') {
    throw new TypeError(`${where}.drop: expected a boolean, got ${JSON.stringify(f.drop)}`)
  }
  if (f.headers !== undefined) {
    const headers = f.headers
    if (
      typeof headers !== 'object' ||
      headers === null ||
      Object.values(headers).some((value) => typeof value !== 'string')
    ) {
      throw new TypeError(`${where}.headers: expected an object of string values`)
    }
  }
}

export function assertChaos(chaos: unknown, where: string): asserts chaos is ChaosOptions {
  const c = chaos as ChaosOptions | null
  if (
    typeof c !== 'object' ||
    c === null ||
    !(typeof c.rate === 'number' && c.rate >= 0 && c.rate <= 1)
  ) {
    throw new TypeError(
      `${where}.rate: expected a number between 0 and 1, got ${JSON.stringify(c?.rate)}`,
    )
  }
  if (c.seed !== undefined && !Number.isInteger(c.seed)) {
    throw new TypeError(`${where}.seed: expected an integer, got ${JSON.stringify(c.seed)}`)
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
