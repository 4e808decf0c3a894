import { describe, expect, it } from 'vitest'
import { assertLatency, Latency } from './latency'

describe('Latency', () => {
  it('adds nothing until set, then a fixed delay', () => {
    const latency = new Latency(1)
    expect(latency.next()).toBe(0)
    latency.set(50)
    expect([latency.next(), latency.next()]).toEqual([50, 50])
    latency.set(null)
    expect(latency.next()).toBe(0)
  })

  it('draws a range from the seeded PRNG: within bounds, the same for the same seed', () => {
    const draw = (seed: number) => {
      const latency = new Latency(seed)
      latency.set([20, 80])
      return Array.from({ length: 50 }, () => latency.next())
    }
    const first = draw(3)
    expect(first.every((delay) => delay >= 20 && delay <= 80)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(40)
    expect(draw(3)).toEqual(first)
    expect(draw(4)).not.toEqual(first)
  })

  it.each([-1, Number.NaN, 2 ** 31, [5, 1], [1], [1, 2, 3], '10', null])('rejects %j', (value) => {
    expect(() => assertLatency(value, 'setLatency: latencyMs')).toThrow(
      /^setLatency: latencyMs must be milliseconds \(0 to 2147483647\) or \[min, max\] with min <= max, got /,
    )
  })
})
