import { describe, expect, test } from 'vitest'
import { parseDate, parseDuration, parseKeyFilters, parseSort, parseUuid } from './list-options'
import { UsageError } from './usage-error'

describe('parseDuration', () => {
  test.each([
    ['12h', 12 * 3_600_000],
    ['1h', 3_600_000],
    ['7d', 7 * 86_400_000],
    [' 30d ', 30 * 86_400_000],
  ])('%j -> %d ms', (value, expected) => {
    expect(parseDuration('--expiring-within', value)).toBe(expected)
  })

  test.each(['0h', '7', 'd', '7w', '1.5d', '-1d', '7D', '7 d', '', '99999999999999999d'])(
    '%j is refused, naming the value and the form',
    (value) => {
      expect(() => parseDuration('--expiring-within', value)).toThrow(UsageError)
      expect(() => parseDuration('--expiring-within', value)).toThrow(
        `--expiring-within must be a positive number of hours or days, like 12h or 7d, got ${JSON.stringify(value)}`,
      )
    },
  )
})

describe('parseSort', () => {
  test('a column, ascending unless told', () => {
    expect(parseSort('usage')).toEqual({ column: 'usage', direction: 'asc' })
    expect(parseSort('expires_at:desc')).toEqual({ column: 'expires_at', direction: 'desc' })
    expect(parseSort('name:asc')).toEqual({ column: 'name', direction: 'asc' })
  })

  test.each([
    ['NAME', 'expected <column>[:asc|desc]'],
    ['usage:down', 'direction must be asc or desc'],
    ['usage:desc:asc', 'expected <column>[:asc|desc]'],
    [':desc', 'expected <column>[:asc|desc]'],
  ])('%j is refused: %s', (value, message) => {
    expect(() => parseSort(value)).toThrow(message)
    expect(() => parseSort(value)).toThrow(JSON.stringify(value))
  })
})

test('parseDate accepts real calendar days only', () => {
  expect(parseDate('--date', '2024-02-29')).toBe('2024-02-29')
  for (const value of ['2025-02-29', '2025-13-01', '2025-8-24', '2025-08-24T00:00:00Z', 'today']) {
    expect(() => parseDate('--date', value)).toThrow(
      `--date must be a date YYYY-MM-DD (UTC), like 2025-08-24, got ${JSON.stringify(value)}`,
    )
  }
})

test('parseUuid', () => {
  expect(parseUuid('--workspace', '0df9e665-d932-5740-b2c7-b52af166bc11')).toBe(
    '0df9e665-d932-5740-b2c7-b52af166bc11',
  )
  expect(() => parseUuid('--workspace', 'default')).toThrow('got "default"')
})

test('parseKeyFilters: nothing asked, nothing set', () => {
  expect(parseKeyFilters({})).toEqual({
    expired: false,
    expiringWithinMs: undefined,
    overLimit: false,
    sort: undefined,
  })
})
