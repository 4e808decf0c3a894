import { describe, expect, test } from 'vitest'
import { displayWidth, pad, sanitize, truncate } from './text-width'

describe('displayWidth', () => {
  test.each([
    ['abc', 3],
    ['', 0],
    ['日本語', 6],
    ['🔑 key', 6],
    ['é', 1], // e + combining acute accent
    ['👩‍💻', 2], // one grapheme made of three code points
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
  test('never splits a wide character or a grapheme', () => {
    expect(truncate('日本語テキスト', 6)).toBe('日本…')
    expect(truncate('ab👩‍💻cd', 4)).toBe('ab…')
  })
  test('width 0 gives nothing, width 1 only the ellipsis', () => {
    expect(truncate('abc', 0)).toBe('')
    expect(truncate('abc', 1)).toBe('…')
  })
})

test('pad aligns by cells, not by string length', () => {
  expect(pad('日本', 6)).toBe('日本  ')
  expect(pad('$1.00', 8, 'end')).toBe('   $1.00')
})

test('sanitize replaces control characters and bidi overrides', () => {
  expect(sanitize('a\nb\u001b[31mc\u202ed')).toBe('a\ufffdb\ufffd[31mc\ufffdd')
  expect(sanitize('plain name')).toBe('plain name')
})
