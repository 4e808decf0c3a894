import type { ApiKey } from '@openrouter-kit/types'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { COLUMN_IDS } from './column-ids'
import { csvField, neutralizeFormula, renderCsv } from './csv'
import { MalformedDataError } from './malformed-data-error'

test('fields are quoted only when RFC 4180 requires it', () => {
  expect(csvField('plain')).toBe('plain')
  expect(csvField('a,b')).toBe('"a,b"')
  expect(csvField('say "hi"')).toBe('"say ""hi"""')
  expect(csvField('two\nlines')).toBe('"two\nlines"')
  expect(csvField('cr\r')).toBe('"cr\r"')
})

test('header row, CRLF line ends, raw values, empty field for null', () => {
  const csv = renderCsv([makeKey({ limit: null, expires_at: null })], ['name', 'limit', 'usage'])
  expect(csv).toBe('name,limit,usage\r\nProduction,,25.5\r\n')
})

test('a standard CSV parser reads back exactly what went in', () => {
  const tricky = makeKey({ name: 'Team "A", ops\nline two', label: 'é, 日本' })
  const keys = [tricky, makeKey({ expires_at: undefined, disabled: true })]
  const rows: Record<string, string>[] = parse(renderCsv(keys, COLUMN_IDS), { columns: true })
  expect(rows).toHaveLength(2)
  expect(rows[0]!.name).toBe(tricky.name)
  expect(rows[0]!.label).toBe(tricky.label)
  expect(rows[0]!.usage).toBe('25.5')
  expect(rows[1]!.disabled).toBe('true')
  expect(rows[1]!.expires_at).toBe('')
  expect(Object.keys(rows[0]!)).toEqual([...COLUMN_IDS])
})

describe('formula injection (OWASP): text cells that a spreadsheet would run get a leading quote', () => {
  test.each([
    ['=HYPERLINK("http://evil.test","click")', `'=HYPERLINK("http://evil.test","click")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
    ['Production', 'Production'],
    ['a=b', 'a=b'],
  ])('%j -> %j', (value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected)
  })

  test('by default, with RFC 4180 quoting around the guarded value where needed', () => {
    const keys = [
      makeKey({ name: '=1+1', label: '@x', limit_reset: '-daily' }),
      makeKey({ name: '=HYPERLINK("http://evil.test")', label: '\rcr', created_at: '+2025' }),
    ]
    const csv = renderCsv(keys, ['name', 'label', 'limit_reset', 'created_at'])
    expect(csv.split('\r\n')).toEqual([
      'name,label,limit_reset,created_at',
      `'=1+1,'@x,'-daily,2025-08-24T10:30:00Z`,
      `"'=HYPERLINK(""http://evil.test"")","'\rcr",monthly,'+2025`,
      '',
    ])
    // Read back by a standard parser, every text cell keeps its value behind the one quote.
    const rows: string[][] = parse(csv, { from_line: 2 })
    expect(rows[1]).toEqual([`'=HYPERLINK("http://evil.test")`, `'\rcr`, 'monthly', `'+2025`])
  })

  test('a text cell holding ; is quoted, so a ;-separated spreadsheet cannot split it', () => {
    const csv = renderCsv([makeKey({ name: 'a;=1+1' })], ['name'])
    expect(csv).toBe('name\r\n"a;=1+1"\r\n')
  })

  test('numbers, even negative ones, and booleans are written as the API sent them', () => {
    const csv = renderCsv(
      [makeKey({ usage: -3.25, limit_remaining: -0.5, disabled: true })],
      ['usage', 'limit_remaining', 'disabled'],
    )
    expect(csv).toBe('usage,limit_remaining,disabled\r\n-3.25,-0.5,true\r\n')
  })

  test('raw: text cells exactly as sent (RFC 4180 quoting only)', () => {
    const keys = [makeKey({ name: '=1+1', label: '-x;y' })]
    expect(renderCsv(keys, ['name', 'label'], { raw: true })).toBe('name,label\r\n=1+1,-x;y\r\n')
  })
})

test('a field of the wrong type is malformed data, not "[object Object]"', () => {
  const key = { ...makeKey(), name: { nested: true } } as unknown as ApiKey
  expect(() => renderCsv([key], ['name'])).toThrow(MalformedDataError)
})
