import { describe, expect, test } from 'vitest'
import { createColors, shouldUseColor } from './color'

describe('shouldUseColor', () => {
  const tty = { isTTY: true }
  const pipe = { isTTY: false }
  test('on a TTY only, by default', () => {
    expect(shouldUseColor(tty, {})).toBe(true)
    expect(shouldUseColor(pipe, {})).toBe(false)
  })
  test('never with NO_COLOR, even with FORCE_COLOR', () => {
    expect(shouldUseColor(tty, { NO_COLOR: '1' })).toBe(false)
    expect(shouldUseColor(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false)
  })
  test('an empty NO_COLOR is ignored (no-color.org)', () => {
    expect(shouldUseColor(tty, { NO_COLOR: '' })).toBe(true)
  })
  test('FORCE_COLOR turns colour on in a pipe, unless it is 0 or false', () => {
    expect(shouldUseColor(pipe, { FORCE_COLOR: '1' })).toBe(true)
    expect(shouldUseColor(pipe, { FORCE_COLOR: '0' })).toBe(false)
    expect(shouldUseColor(tty, { FORCE_COLOR: 'false' })).toBe(true)
  })
  test('TERM=dumb means no colour on a TTY', () => {
    expect(shouldUseColor(tty, { TERM: 'dumb' })).toBe(false)
  })
})

test('createColors wraps text in SGR codes only when enabled', () => {
  expect(createColors(true).bold('x')).toBe('\u001b[1mx\u001b[22m')
  expect(createColors(true).dim('x')).toBe('\u001b[2mx\u001b[22m')
  expect(createColors(false).bold('x')).toBe('x')
  expect(createColors(true).red('')).toBe('')
})
