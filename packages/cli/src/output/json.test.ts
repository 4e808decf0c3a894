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

test('control and bidi characters are escaped: safe on a terminal, still the same data', () => {
  const hostile = [makeKey({ name: 'a\u001b[2Jb\u009b31mc\u202ed\u2028e\u007f' })]
  const json = renderJson(hostile)
  const jsonl = renderJsonl(hostile)
  for (const text of [json, jsonl]) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u202e]/)
    expect(text).toContain('a\\u001b[2Jb\\u009b31mc\\u202ed\\u2028e\\u007f')
  }
  expect(JSON.parse(json)).toEqual(hostile)
  expect(JSON.parse(jsonl)).toEqual(hostile[0])
})
