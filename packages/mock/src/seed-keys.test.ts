import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSPACE_ID } from './constants'
import { createRandom } from './random'
import { createKeyFactory, generateKeys } from './seed-keys'

const generate = (count: number, seed = 1) => {
  const random = createRandom(seed)
  return generateKeys(createKeyFactory(random), random, count, DEFAULT_WORKSPACE_ID)
}

describe('generateKeys', () => {
  const keys = generate(300)

  it('is deterministic for a seed and differs across seeds', () => {
    expect(generate(50)).toEqual(keys.slice(0, 50))
    expect(generate(50, 2)[0]?.hash).not.toBe(keys[0]?.hash)
  })

  it('produces upstream-shaped identifiers and timestamps', () => {
    for (const key of keys) {
      expect(key.hash).toMatch(/^[0-9a-f]{64}$/)
      expect(key.label).toMatch(/^sk-or-v1-[0-9a-f]{3}\.\.\.[0-9a-f]{4}$/)
      expect(key.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      if (key.updated_at !== null) expect(key.updated_at >= key.created_at).toBe(true)
      if (key.creator_user_id !== null)
        expect(key.creator_user_id).toMatch(/^user_[0-9A-Za-z]{27}$/)
      expect(key.workspace_id).toBe(DEFAULT_WORKSPACE_ID)
    }
    expect(new Set(keys.map((key) => key.hash)).size).toBe(keys.length)
  })

  it('keeps usage plausible: daily <= weekly <= monthly <= total, never negative', () => {
    for (const key of keys) {
      expect(key.usage_daily).toBeGreaterThanOrEqual(0)
      expect(key.usage_daily).toBeLessThanOrEqual(key.usage_weekly)
      expect(key.usage_weekly).toBeLessThanOrEqual(key.usage_monthly)
      expect(key.usage_monthly).toBeLessThanOrEqual(key.usage)
      expect(key.byok_usage_daily).toBeLessThanOrEqual(key.byok_usage_weekly)
      expect(key.byok_usage_weekly).toBeLessThanOrEqual(key.byok_usage_monthly)
      expect(key.byok_usage_monthly).toBeLessThanOrEqual(key.byok_usage)
    }
  })

  it('mixes disabled keys, limits with each reset kind, and expiring keys', () => {
    const disabled = keys.filter((key) => key.disabled).length
    expect(disabled).toBeGreaterThan(10)
    expect(disabled).toBeLessThan(100)
    const limited = keys.filter((key) => key.limit !== null)
    expect(limited.length).toBeGreaterThan(50)
    expect(new Set(limited.map((key) => key.limit_reset))).toEqual(
      new Set(['daily', 'weekly', 'monthly', null]),
    )
    for (const key of limited) {
      expect(key.limit_remaining).toBeGreaterThanOrEqual(0)
      expect(key.limit_remaining).toBeLessThanOrEqual(key.limit as number)
    }
    for (const key of keys.filter((key) => key.limit === null)) {
      expect([key.limit_remaining, key.limit_reset]).toEqual([null, null])
    }
    expect(keys.filter((key) => key.expires_at).length).toBeGreaterThan(30)
  })

  it('orders keys most recent first', () => {
    const created = keys.map((key) => key.created_at)
    expect(created).toEqual([...created].sort().reverse())
    expect(new Set(created).size).toBe(created.length)
  })
})
