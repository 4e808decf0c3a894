import { expect, test } from 'vitest'
import { redactSecrets } from './redact'

const KEY = 'sk-or-v1-4f9c2a7d1e8b3c6a5f0e9d8c7b6a5f4e3d2c1b0a'

test('every occurrence of the key is replaced by ***', () => {
  expect(redactSecrets(`bad key ${KEY}, really ${KEY}`, [KEY])).toBe('bad key ***, really ***')
})

test('JSON-escaped and URL-encoded echoes of the key are hidden too', () => {
  const quoted = 'sk-or-v1-with"quote\\and/slash'
  const json = JSON.stringify({ message: `got ${quoted}` })
  expect(json).not.toContain(quoted)
  expect(redactSecrets(json, [quoted])).toBe('{"message":"got ***"}')
  const url = `https://example.test/?key=${encodeURIComponent(quoted)}&x=1`
  expect(redactSecrets(url, [quoted])).toBe('https://example.test/?key=***&x=1')
  const lower = encodeURIComponent(quoted).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())
  expect(redactSecrets(`k=${lower}`, [quoted])).toBe('k=***')
  const spaced = 'sk-or-v1-with space'
  expect(redactSecrets('k=sk-or-v1-with+space', [spaced])).toBe('k=***')
})

test('anything shaped like an OpenRouter key is hidden too (a created key, a proxy echo)', () => {
  const created = `sk-or-v1-${'a1b2c3d4'.repeat(8)}`
  expect(redactSecrets(`new key ${created} made`, [KEY])).toBe('new key *** made')
  // A key's label (first and last characters) is not a key.
  expect(redactSecrets('label sk-or-v1-0e6...1c96', [])).toBe('label sk-or-v1-0e6...1c96')
})

test('a cut-off start of the key (12 characters or more) is hidden, a shorter one is not', () => {
  // A server or a fixed-length excerpt may cut the text in the middle of an echoed key.
  expect(redactSecrets(`…echo ${KEY.slice(0, 30)}`, [KEY])).toBe('…echo ***')
  expect(redactSecrets(`${KEY.slice(0, 12)}|`, [KEY])).toBe('***|')
  // `sk-or-v1-4f` is the public prefix plus two characters: nothing to hide.
  expect(redactSecrets(`prefix ${KEY.slice(0, 11)}`, [KEY])).toBe(`prefix ${KEY.slice(0, 11)}`)
})

test('no secret, or an empty one, changes nothing', () => {
  expect(redactSecrets('plain text', [])).toBe('plain text')
  expect(redactSecrets('plain text', ['', undefined])).toBe('plain text')
})
