// Misbehaviour on demand: a scripted queue (one fault per request) and a seeded chaos mode.
// Faults are checked when they are enqueued (fault-checks.ts), never when a request arrives.
import { assertChaos, assertFault } from './fault-checks'
import { describeValue } from './json-value'
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
