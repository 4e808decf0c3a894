import type { ApiKey } from '@openrouter-kit/types'
import { expect, test } from 'vitest'
import type { KeyFilters } from '../list-options'
import { MalformedDataError } from '../output/malformed-data-error'
import { makeKey } from '../testing/make-key'
import { applyKeyFilters, isOverLimit, sortKeys } from './key-filters'

const NOW = Date.parse('2026-01-10T12:00:00Z')
const HOUR_MS = 3_600_000
const none: KeyFilters = {
  expired: false,
  expiringWithinMs: undefined,
  overLimit: false,
  sort: undefined,
}
const expiringAt = (name: string, expires_at: string | null) => makeKey({ name, expires_at })
const namesOf = (keys: readonly ApiKey[]) => keys.map((key) => key.name)

test('expiry filters: at the instant counts as expired; the window ends inclusive', () => {
  const keys = [
    expiringAt('now', '2026-01-10T12:00:00Z'),
    expiringAt('in-1h', '2026-01-10T13:00:00Z'),
    expiringAt('in-2h', '2026-01-10T14:00:01Z'),
    expiringAt('never', null),
    expiringAt('unparsable', 'soon'),
  ]
  expect(namesOf(applyKeyFilters(keys, { ...none, expired: true }, NOW))).toEqual(['now'])
  expect(namesOf(applyKeyFilters(keys, { ...none, expiringWithinMs: HOUR_MS }, NOW))).toEqual([
    'in-1h',
  ])
  expect(
    namesOf(applyKeyFilters(keys, { ...none, expired: true, expiringWithinMs: 2 * HOUR_MS }, NOW)),
  ).toEqual(['now', 'in-1h'])
  expect(applyKeyFilters(keys, none, NOW)).toHaveLength(keys.length)
})

test('over limit: nothing left, or (without limit_remaining) usage at the limit', () => {
  expect(isOverLimit(makeKey({ limit: 5, limit_remaining: 0 }))).toBe(true)
  expect(isOverLimit(makeKey({ limit: 5, limit_remaining: -1 }))).toBe(true)
  expect(isOverLimit(makeKey({ limit: 5, limit_remaining: 0.01 }))).toBe(false)
  expect(isOverLimit(makeKey({ limit: null, limit_remaining: null, usage: 99 }))).toBe(false)
  expect(isOverLimit(makeKey({ limit: 5, limit_remaining: null, usage: 5 }))).toBe(true)
  expect(isOverLimit(makeKey({ limit: 5, limit_remaining: null, usage: 4 }))).toBe(false)
})

test('sort: numbers by value, text by collation, missing values last both ways, stable', () => {
  const keys = [
    makeKey({ name: 'b', limit: 10 }),
    makeKey({ name: 'a', limit: null }),
    makeKey({ name: 'C', limit: 2 }),
    makeKey({ name: 'd', limit: 10 }),
  ]
  expect(namesOf(sortKeys(keys, { column: 'limit', direction: 'asc' }))).toEqual([
    'C',
    'b',
    'd',
    'a',
  ])
  expect(namesOf(sortKeys(keys, { column: 'limit', direction: 'desc' }))).toEqual([
    'b',
    'd',
    'C',
    'a',
  ])
  expect(namesOf(sortKeys(keys, { column: 'name', direction: 'asc' }))).toEqual([
    'a',
    'b',
    'C',
    'd',
  ])
  expect(namesOf(keys)).toEqual(['b', 'a', 'C', 'd'])
})

test('a field of the wrong type is malformed data, not a silent misorder', () => {
  const bad = { ...makeKey(), usage: 'lots' } as unknown as ApiKey
  expect(() => sortKeys([makeKey(), bad], { column: 'usage', direction: 'asc' })).toThrow(
    MalformedDataError,
  )
})
