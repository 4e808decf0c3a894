import { describe, expect, it } from 'vitest'
import { isDateTime, isUuid } from './formats'

describe('isDateTime (RFC 3339, as JSON Schema defines date-time)', () => {
  it.each([
    '2025-08-24T10:30:00Z',
    '2025-08-24T10:30:00.123Z',
    '2025-08-24t10:30:00z',
    '2025-08-24T10:30:00+02:00',
    '2025-08-24T10:30:00-11:30',
    '2024-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2016-12-31T23:59:60Z',
  ])('accepts %s', (text) => {
    expect(isDateTime(text)).toBe(true)
  })

  it.each([
    'yesterday',
    '2025-08-24',
    '2025-08-24 10:30:00Z',
    '2025-08-24T10:30:00',
    '2025-02-30T10:30:00Z',
    '2025-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2025-13-01T00:00:00Z',
    '2025-00-10T00:00:00Z',
    '2025-08-24T24:00:00Z',
    '2025-08-24T10:60:00Z',
    '2025-08-24T10:30:00+24:00',
    'Sun, 24 Aug 2025 10:30:00 GMT',
    ' 2025-08-24T10:30:00Z',
  ])('rejects %s', (text) => {
    expect(isDateTime(text)).toBe(false)
  })
})

describe('isUuid', () => {
  it('accepts either case and rejects anything else', () => {
    expect(isUuid('0df9e665-d932-5740-b2c7-b52af166bc11')).toBe(true)
    expect(isUuid('0DF9E665-D932-5740-B2C7-B52AF166BC11')).toBe(true)
    expect(isUuid('0df9e665d9325740b2c7b52af166bc11')).toBe(false)
    expect(isUuid('0df9e665-d932-5740-b2c7-b52af166bc1')).toBe(false)
    expect(isUuid('')).toBe(false)
  })
})
