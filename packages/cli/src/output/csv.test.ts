import { parse } from 'csv-parse/sync'
import { expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { COLUMN_IDS } from './column-ids'
import { csvField, renderCsv } from './csv'

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
