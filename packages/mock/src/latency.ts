// Added latency for every request (`latencyMs`): a fixed delay, or one drawn per request from a
// range with the seeded PRNG, so a benchmark of paging sees a network-like round trip and the
// same seed gives the same delays.
import { MAX_DELAY_MS } from './fault-checks'
import { describeValue } from './json-value'
import { createRandom, type Random } from './random'

/** Milliseconds, or `[min, max]` for a delay drawn uniformly from that range. */
export type LatencyMs = number | readonly [number, number]

const isDelay = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_DELAY_MS

export function assertLatency(value: unknown, where: string): asserts value is LatencyMs {
  if (isDelay(value)) return
  if (Array.isArray(value) && value.length === 2) {
    const [min, max] = value as unknown[]
    if (isDelay(min) && isDelay(max) && min <= max) return
  }
  throw new TypeError(
    `${where} must be milliseconds (0 to ${MAX_DELAY_MS}) or [min, max] with min <= max, got ${describeValue(value)}`,
  )
}

export class Latency {
  #latency: LatencyMs | null = null
  readonly #random: Random

  constructor(seed: number) {
    this.#random = createRandom(seed)
  }

  set(latency: LatencyMs | null): void {
    this.#latency = latency === null || typeof latency === 'number' ? latency : [...latency]
  }

  /** The delay for the next request, 0 for none. */
  next(): number {
    const latency = this.#latency
    if (latency === null) return 0
    if (typeof latency === 'number') return latency
    const [min, max] = latency
    return min + this.#random.next() * (max - min)
  }
}
