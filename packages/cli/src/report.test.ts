import { expect, test } from 'vitest'
import { createReporter, MAX_LINE, oneLine, secretsOf } from './report'

const KEY = 'sk-or-v1-0123456789abcdef0123456789abcdef'

const sink = () => {
  let text = ''
  return {
    stream: {
      write: (chunk: string) => {
        text += chunk
      },
    },
    text: () => text,
  }
}

test('an error line is one line: key hidden, escapes shown as �, whitespace collapsed', () => {
  const output = sink()
  createReporter(output.stream, [KEY]).error(
    `500 bad key ${KEY}\n  <html>\u001b[2J\u001b]0;owned\u0007</html>`,
  )
  expect(output.text()).toBe('error: 500 bad key *** <html>\ufffd[2J\ufffd]0;owned\ufffd</html>\n')
})

test('a long line is capped, and the cap never leaves part of the key', () => {
  // The key is hidden before anything is cut, so a key that straddles the cap leaves nothing.
  const text = `${'x'.repeat(MAX_LINE - 20)}${KEY} and more`
  const line = oneLine(text, [KEY])
  expect(line).toBe(`${'x'.repeat(MAX_LINE - 20)}*** and more`)
  const long = oneLine(`${'y'.repeat(MAX_LINE - 5)}${KEY}`.repeat(2), [KEY])
  expect(Array.from(long)).toHaveLength(MAX_LINE)
  expect(long.endsWith('…')).toBe(true)
  expect(long).not.toContain(KEY.slice(0, 12))
})

test('the cap counts characters, so it never splits an emoji in two', () => {
  const line = oneLine('🔑'.repeat(MAX_LINE + 5), [])
  expect(Array.from(line)).toHaveLength(MAX_LINE)
  expect(line).toBe(`${'🔑'.repeat(MAX_LINE - 1)}…`)
})

test('text() keeps the lines of a stack trace but sanitises and redacts each one', () => {
  const output = sink()
  createReporter(output.stream, [KEY]).text(
    `Error: boom ${KEY}\u001b[31m\n    at f (file.js:1:1)\r\n`,
  )
  expect(output.text()).toBe('Error: boom ***\ufffd[31m\n    at f (file.js:1:1)\ufffd\n')
})

test('line() is for notes: same rules, no prefix', () => {
  const output = sink()
  createReporter(output.stream, []).line('note: label\u001b[8m hidden')
  expect(output.text()).toBe('note: label\ufffd[8m hidden\n')
})

test('the secrets are the management key from the environment, when set', () => {
  expect(secretsOf({ OPENROUTER_MANAGEMENT_KEY: KEY })).toEqual([KEY])
  expect(secretsOf({ OPENROUTER_MANAGEMENT_KEY: '' })).toEqual([])
  expect(secretsOf({})).toEqual([])
})

test('a secret learnt while running (a created key) is hidden from every later line', () => {
  const output = sink()
  const report = createReporter(output.stream, [KEY])
  // Not shaped like an OpenRouter key, so only addSecret can hide it.
  const created = 'created-secret-value-42'
  report.line(`before ${created}`)
  report.addSecret(created)
  report.line(`after ${created}`)
  report.text(`debug ${created}\n`)
  report.error(`failed ${created.slice(0, 14)}`)
  expect(output.text()).toBe(`before ${created}\nafter ***\ndebug ***\nerror: failed ***\n`)
})
