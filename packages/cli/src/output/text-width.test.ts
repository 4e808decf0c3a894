import stringWidth from 'string-width'
import { describe, expect, test } from 'vitest'
import { isSingleCellText, singleCellWidth, textWidthFor } from './text-width'
import { unicodeWidth } from './unicode-width'

/** Every code point the single-cell check accepts, from the ranges it names and just outside them. */
function codePointsAround(...ranges: Array<[number, number]>): string[] {
  const characters: string[] = []
  for (const [first, last] of ranges) {
    for (let codePoint = first - 2; codePoint <= last + 2; codePoint++) {
      characters.push(String.fromCodePoint(codePoint))
    }
  }
  return characters
}

describe('single-cell text', () => {
  const candidates = codePointsAround([0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027])
  const accepted = candidates.filter(isSingleCellText)

  test('every accepted character is one cell for string-width too', () => {
    // 95 printable ASCII, 95 of Latin-1 (all but the soft hyphen), 24 of General Punctuation.
    expect(accepted).toHaveLength(214)
    const notOneCell = accepted.filter((character) => stringWidth(character) !== 1)
    expect(notOneCell).toEqual([])
  })

  test('the characters left out around the ranges are the ones that are not simply one cell', () => {
    const refused = candidates.filter((character) => !isSingleCellText(character))
    // Controls, the soft hyphen (no cell), zero-width spaces and joiners, line separators.
    expect(refused.map((character) => character.codePointAt(0)?.toString(16))).toEqual([
      '1e',
      '1f',
      '7f',
      '80',
      '9e',
      '9f',
      'ad',
      '100',
      '101',
      '200e',
      '200f',
      '2028',
      '2029',
    ])
  })

  test('any mix of them is as many cells as characters', () => {
    // A fixed pseudo-random walk over the accepted characters, so the test is the same each run.
    let state = 7
    for (let sample = 0; sample < 200; sample++) {
      let text = ''
      for (let index = 0; index < 12; index++) {
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
        text += accepted[state % accepted.length]
      }
      expect(stringWidth(text)).toBe(text.length)
    }
  })

  test('cutting and padding give what string-width-based code gives', () => {
    for (const text of ['Production key — main', 'abc', '', '“quoted” … ok', 'Ünïcödé Latin-1']) {
      for (const width of [0, 1, 3, 8, 30]) {
        expect(singleCellWidth.truncate(text, width)).toBe(unicodeWidth.truncate(text, width))
        expect(singleCellWidth.pad(text, width)).toBe(unicodeWidth.pad(text, width))
        expect(singleCellWidth.pad(text, width, 'end')).toBe(unicodeWidth.pad(text, width, 'end'))
      }
      expect(singleCellWidth.displayWidth(text)).toBe(unicodeWidth.displayWidth(text))
    }
  })
})

describe('textWidthFor', () => {
  test('plain text is measured by length, without loading string-width', async () => {
    expect(await textWidthFor(['NAME', 'Production key', '$1,234.50', '—', '2026-12-02'])).toBe(
      singleCellWidth,
    )
  })

  test('one text with an emoji, CJK or a combining mark brings string-width in', async () => {
    for (const odd of ['Tokyo 🇯🇵 team', '日本語', 'e\u0301', 'soft\u00adhyphen']) {
      expect(await textWidthFor(['NAME', odd])).toBe(unicodeWidth)
    }
  })
})
