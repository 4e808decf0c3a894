import { describe, expect, it, vi } from 'vitest'
import { isRetryable, retryAfterMs, retryDelay } from './retry'

const h = (init: Record<string, string>) => new Headers(init)

describe('retryAfterMs', () => {
  it('reads retry-after-ms, Retry-After seconds and an HTTP date', () => {
    vi.useFakeTimers({ now: Date.parse('2025-01-01T00:00:00Z') })
    expect(retryAfterMs(h({ 'retry-after-ms': '250' }))).toBe(250)
    expect(retryAfterMs(h({ 'retry-after': '3' }))).toBe(3000)
    expect(retryAfterMs(h({ 'retry-after': '1.5' }))).toBe(1500)
    expect(retryAfterMs(h({ 'retry-after': 'Wed, 01 Jan 2025 00:00:10 GMT' }))).toBe(10_000)
    expect(retryAfterMs(h({ 'retry-after-ms': '100', 'retry-after': '9' }))).toBe(100)
    vi.useRealTimers()
  })

  it('is undefined when absent or unreadable, 0 for a date in the past', () => {
    expect(retryAfterMs(h({}))).toBeUndefined()
    expect(retryAfterMs(h({ 'retry-after': 'soon' }))).toBeUndefined()
    expect(retryAfterMs(h({ 'retry-after-ms': '-5' }))).toBeUndefined()
    expect(retryAfterMs(h({ 'retry-after': 'Wed, 01 Jan 2020 00:00:10 GMT' }))).toBe(0)
  })

  it('reads only decimal seconds: 0x10, 1e3 and Infinity are not delta-seconds', () => {
    for (const text of ['0x10', '1e3', 'Infinity', '-1', '+5', '']) {
      expect(retryAfterMs(h({ 'retry-after': text }))).toBeUndefined()
    }
    expect(retryAfterMs(h({ 'retry-after': ' 16 ' }))).toBe(16_000)
  })
})

describe('retryDelay', () => {
  it('honours the server up to 60 s, a Retry-After of 0 included', () => {
    expect(retryDelay(0, h({ 'retry-after': '2' }))).toBe(2000)
    expect(retryDelay(0, h({ 'retry-after': '3600' }))).toBe(60_000)
    expect(retryDelay(0, h({ 'retry-after': '0' }))).toBe(0)
  })

  it('backs off 0.5 s·2ⁿ with up to 25 % jitter, capped at 8 s', () => {
    const random = vi.spyOn(Math, 'random')
    random.mockReturnValue(0)
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => retryDelay(n))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ])
    random.mockReturnValue(0.999)
    expect(retryDelay(0)).toBeCloseTo(375, 0)
    expect(retryDelay(9, h({}))).toBeGreaterThan(6000)
    random.mockRestore()
  })
})

it('retries 408, 409, 429 and 5xx only: a status beyond 599 is not a server error', () => {
  expect([408, 409, 429, 500, 502, 503, 599].every(isRetryable)).toBe(true)
  expect([0, 200, 400, 401, 403, 404, 422, 600, 999, 1500].some(isRetryable)).toBe(false)
})
