import { describe, expect, test } from 'vitest'
import {
  formatBoolean,
  formatExpiry,
  formatLimit,
  formatText,
  formatTimestamp,
  formatUsd,
} from './format-values'

describe('formatUsd', () => {
  test.each([
    [0, '$0.00'],
    [25.5, '$25.50'],
    [17.385, '$17.39'],
    [1234.5, '$1,234.50'],
    [0.001, '$0.00'],
    [-0.001, '$0.00'],
    [-3, '-$3.00'],
  ])('%s -> %s', (amount, expected) => {
    expect(formatUsd(amount)).toBe(expected)
  })

  test('null and non-finite values read as "—"', () => {
    expect(formatUsd(null)).toBe('—')
    expect(formatUsd(undefined)).toBe('—')
    expect(formatUsd(Number.NaN)).toBe('—')
  })

  test('writes what Intl.NumberFormat writes for US dollars, ties and large amounts included', () => {
    const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
    const amounts = [
      0.005, 0.015, 0.125, 1.005, 2.675, 999.995, 1_000, 999_999.994, 1_234_567.891, 1e15, 1e20,
      1e21, 3.5e22, 0.01, 12.3,
    ]
    // A fixed pseudo-random walk through typical balances, so the test is the same each run.
    let state = 11
    for (let sample = 0; sample < 500; sample++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      amounts.push(state / 1_000, (state % 100_000) / 100)
    }
    for (const amount of [...amounts, ...amounts.map((value) => -value)]) {
      expect(formatUsd(amount), String(amount)).toBe(intl.format(amount))
    }
  })
})

describe('formatLimit', () => {
  test('shows the limit with what is left of it', () => {
    expect(formatLimit(100, 74.5)).toBe('$100.00 ($74.50 left)')
  })
  test('no limit reads as "—"', () => {
    expect(formatLimit(null, null)).toBe('—')
  })
  test('a limit without a remaining figure shows just the limit', () => {
    expect(formatLimit(50, null)).toBe('$50.00')
  })
})

describe('formatTimestamp', () => {
  test('converts to UTC whatever the offset in the input', () => {
    expect(formatTimestamp('2025-08-24T10:30:00Z')).toBe('2025-08-24 10:30')
    expect(formatTimestamp('2025-08-24T23:30:00-02:00')).toBe('2025-08-25 01:30')
  })
  test('day precision keeps the UTC date only', () => {
    expect(formatTimestamp('2025-08-24T23:30:00-02:00', 'day')).toBe('2025-08-25')
  })
  test('an unparseable value is shown as sent, a missing one as "—"', () => {
    expect(formatTimestamp('soon')).toBe('soon')
    expect(formatTimestamp(null)).toBe('—')
  })
})

describe('formatExpiry', () => {
  test('"never" for no expiry, null or absent', () => {
    expect(formatExpiry(null)).toBe('never')
    expect(formatExpiry(undefined)).toBe('never')
  })
  test('a UTC timestamp otherwise', () => {
    expect(formatExpiry('2027-12-31T23:59:59Z')).toBe('2027-12-31 23:59')
    expect(formatExpiry('2027-12-31T23:59:59Z', 'day')).toBe('2027-12-31')
  })
})

test('formatBoolean and formatText', () => {
  expect(formatBoolean(true)).toBe('yes')
  expect(formatBoolean(false)).toBe('no')
  expect(formatText('monthly')).toBe('monthly')
  expect(formatText(null)).toBe('—')
  expect(formatText('')).toBe('—')
})
