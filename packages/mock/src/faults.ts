// Misbehaviour on demand: a scripted queue and a seeded chaos mode, each for every request or
// only for the requests of one operation (by operationId, or by method and path template).
// Faults are checked when they are enqueued (fault-checks.ts), never when a request arrives.
import type { HttpMethod, OperationId } from '@openrouter-kit/types/operations'
import { assertChaos, assertFault } from './fault-checks'
import { describeValue } from './json-value'
import { createRandom, type Random } from './random'

/**
 * Which requests a fault (or chaos) is for. Nothing: any request. `operation`: that operation's
 * requests. `method` and/or `path` (a template of the spec, e.g. `/keys/{hash}`): requests with
 * that method and/or on that path. `operation` excludes the other two.
 */
export interface FaultTarget {
  /** An operationId of the spec, e.g. `createApiKey`. */
  operation?: OperationId
  /** An HTTP method the spec uses, e.g. `PATCH`. */
  method?: HttpMethod
  /** A path template of the spec, relative to the base URL, e.g. `/keys/{hash}`. */
  path?: string
}

/** What the next (matching) request should suffer. Fields combine: `{ delayMs: 500, status: 503 }`. */
export interface Fault extends FaultTarget {
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
   * `close()` or a client abort. With `afterCommit`, the wait comes after the request was handled.
   */
  delayMs?: number
  /**
   * Destroy the connection without any response (in-process: `fetch` rejects with a TypeError).
   * Cannot be combined with the fields that shape a response.
   */
  drop?: boolean
  /**
   * Handle the request first (a create stores its key, a delete deletes), then answer `status`
   * (default 500) or `drop`: the client cannot know that its change was made.
   */
  afterCommit?: boolean
}

export interface ChaosOptions extends FaultTarget {
  /** Probability in [0, 1] that a (matching) request gets a random fault. */
  rate: number
  /** PRNG seed for the chaos sequence (default: the server's `randomSeed`). */
  seed?: number
  /** The faults chaos draws from, equally likely (default: a 429, a 500, a 502, a dropped connection). */
  faults?: Fault[]
}

/** What a request is, for matching it with a fault's target. */
export interface RequestTarget {
  /** The operation the route belongs to; undefined for a path the spec does not have. */
  operation: OperationId | undefined
  method: string
  /** The matched path template; undefined for a path the spec does not have. */
  path: string | undefined
}

/** The faults chaos mode draws from by default. Retry hints are short to keep tests fast. */
const CHAOS_FAULTS: readonly Fault[] = [
  { status: 429, retryAfter: 0, retryAfterMs: 10 },
  { status: 500 },
  { status: 502 },
  { drop: true },
]

function targets(target: FaultTarget, request: RequestTarget): boolean {
  if (target.operation !== undefined) return target.operation === request.operation
  if (target.method !== undefined && target.method !== request.method) return false
  if (target.path !== undefined && target.path !== request.path) return false
  return true
}

interface Chaos {
  rate: number
  random: Random
  faults: readonly Fault[]
  target: FaultTarget
}

export class FaultPlan {
  #queue: Fault[] = []
  #chaos: Chaos | null = null
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
    const { rate, seed, faults, ...target } = chaos
    this.#chaos = {
      rate,
      random: createRandom(seed ?? this.#defaultSeed),
      faults: faults ? structuredClone(faults) : CHAOS_FAULTS,
      target,
    }
  }

  /**
   * The fault for this request: the first queued fault that targets it (taken off the queue),
   * else chaos if it targets the request; undefined = behave.
   */
  next(request: RequestTarget): Fault | undefined {
    const index = this.#queue.findIndex((fault) => targets(fault, request))
    if (index >= 0) return this.#queue.splice(index, 1)[0]
    const chaos = this.#chaos
    if (!chaos || !targets(chaos.target, request)) return undefined
    if (chaos.random.next() < chaos.rate) return chaos.random.pick(chaos.faults)
    return undefined
  }
}
