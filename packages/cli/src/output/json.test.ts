import { expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { renderJson, renderJsonl } from './json'

const keys = [makeKey(), makeKey({ name: 'Second', expires_at: null })]

test('json is one array of the keys exactly as given', () => {
  const text = renderJson(keys)
  expect(text.endsWith(']\n')).toBe(true)
  expect(JSON.parse(text)).toEqual(keys)
})

test('jsonl is one compact object per line', () => {
  const lines = renderJsonl(keys).split('\n')
  expect(lines).toHaveLength(3)
  expect(lines[2]).toBe('')
  expect(lines.slice(0, 2).map((line) => JSON.parse(line))).toEqual(keys)
  expect(renderJsonl([])).toBe('')
})
