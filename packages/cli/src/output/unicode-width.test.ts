import { describe, expect, test } from 'vitest'
import { displayWidth, pad, truncate } from './unicode-width'

describe('displayWidth', () => {
  test.each([
    ['abc', 3],
    ['', 0],
    ['日本語', 6],
    ['🔑 key', 6],
    ['é', 1], // e + combining acute accent
    ['👩‍💻', 2], // one grapheme made of three code points
    // Symbols that are one cell in a terminal (they were counted as two before string-width).
    ['©', 1],
    ['™', 1],
    ['✔', 1],
    ['⚠', 1],
    ['Acme© Pro™ ✔ ⚠', 14],
    // Emoji sequences that are two cells (they were counted as one).
    ['🇯🇵', 2], // a flag: two regional indicators
    ['1️⃣', 2], // a keycap: digit, VS16, combining enclosing keycap
    ['⚠️', 2], // the same symbol with emoji presentation (VS16)
  ])('%j takes %i cells', (text, width) => {
    expect(displayWidth(text)).toBe(width)
  })
})

describe('truncate', () => {
  test('leaves text that fits alone', () => {
    expect(truncate('Production', 10)).toBe('Production')
  })
  test('cuts to the width, ending in an ellipsis', () => {
    expect(truncate('Production key', 8)).toBe('Product…')
    expect(displayWidth(truncate('Production key', 8))).toBe(8)
  })
  test('never splits a wide character, a grapheme, a flag or a keycap', () => {
    expect(truncate('日本語テキスト', 6)).toBe('日本…')
    expect(truncate('ab👩‍💻cd', 4)).toBe('ab…')
    expect(truncate('ab🇯🇵cd', 4)).toBe('ab…')
    expect(truncate('ab1️⃣cd', 5)).toBe('ab1️⃣…')
    expect(truncate('©™✔⚠ ok', 5)).toBe('©™✔⚠…')
  })
  test('width 0 gives nothing, width 1 only the ellipsis', () => {
    expect(truncate('abc', 0)).toBe('')
    expect(truncate('abc', 1)).toBe('…')
  })
})

test('pad aligns by cells, not by string length', () => {
  expect(pad('日本', 6)).toBe('日本  ')
  expect(pad('$1.00', 8, 'end')).toBe('   $1.00')
  expect(pad('🇯🇵', 4)).toBe('🇯🇵  ')
  expect(pad('✔', 3)).toBe('✔  ')
})
