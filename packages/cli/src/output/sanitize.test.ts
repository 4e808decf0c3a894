import { expect, test } from 'vitest'
import { sanitize, sanitizeLines } from './sanitize'

test('control characters, DEL, C1 and bidi overrides are shown as U+FFFD', () => {
  expect(sanitize('a\nb\u001b[31mc\u202ed')).toBe('a\ufffdb\ufffd[31mc\ufffdd')
  // OSC (window title) ended by BEL, a C1 CSI, DEL, tab and CR.
  expect(sanitize('\u001b]0;pwned\u0007x\u009b2J\u007f\t\r')).toBe(
    '\ufffd]0;pwned\ufffdx\ufffd2J\ufffd\ufffd\ufffd',
  )
  // Line and paragraph separators, and the isolates of Trojan Source.
  expect(sanitize('a\u2028b\u2029c\u2066d\u2069')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd')
})

test('ordinary text, emoji and CJK pass unchanged', () => {
  expect(sanitize('plain name © ✔ 日本 🇯🇵 1️⃣')).toBe('plain name © ✔ 日本 🇯🇵 1️⃣')
})

test('sanitizeLines keeps the line breaks and nothing else', () => {
  expect(sanitizeLines('one\u001b[2J\ntwo\r\n')).toBe('one\ufffd[2J\ntwo\ufffd\n')
})
