import type { ApiKey } from '@openrouter-kit/types'
import { expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { COLUMN_IDS } from './column-ids'
import { readField } from './fields'
import { MalformedDataError } from './malformed-data-error'

/** A key as a hostile or broken server might send it: any field may hold anything. */
const sent = (fields: Record<string, unknown>) => ({ ...makeKey(), ...fields }) as unknown as ApiKey

test('a well-formed key reads back field for field; null and absent read as null', () => {
  const key = makeKey({ limit: null, expires_at: undefined })
  for (const field of COLUMN_IDS) expect(readField(key, field)).toBe(key[field] ?? null)
  expect(readField(key, 'limit')).toBeNull()
  expect(readField(key, 'expires_at')).toBeNull()
})

test.each([
  ['name', 5, 'whose name is 5; expected a string'],
  ['name', { first: 'x' }, 'whose name is {"first":"x"}; expected a string'],
  ['usage', '12.5', 'whose usage is "12.5"; expected a number'],
  ['disabled', 'no', 'whose disabled is "no"; expected a boolean'],
  ['created_at', ['2025'], 'whose created_at is ["2025"]; expected a string'],
])('%s = %j is malformed', (field, value, message) => {
  const key = sent({ hash: 'a'.repeat(64), [field]: value })
  expect(() => readField(key, field as keyof ApiKey)).toThrow(MalformedDataError)
  expect(() => readField(key, field as keyof ApiKey)).toThrow(
    `the API sent a key (hash aaaaaaaaaaaa…) ${message}`,
  )
})

test('a key that is not an object, or has no hash, is named as such', () => {
  expect(() => readField(null as unknown as ApiKey, 'name')).toThrow(
    'the API sent a key that is not an object: null',
  )
  expect(() => readField(sent({ hash: 7, name: 1 }), 'name')).toThrow(
    'the API sent a key (without a hash) whose name is 1; expected a string',
  )
})

test('a long bad value is quoted in part', () => {
  const key = sent({ hash: 'b'.repeat(64), name: ['x'.repeat(500)] })
  // 40 characters of the JSON, then …
  expect(() => readField(key, 'name')).toThrow(
    `whose name is ["${'x'.repeat(37)}…; expected a string`,
  )
})
