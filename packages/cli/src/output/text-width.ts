// How a renderer measures text in terminal cells. Most output is plain (ASCII names, dates,
// amounts, `—` for nothing), and there a character is a cell, so width is length. Only when some
// text holds anything else (emoji, CJK, combining marks) is string-width loaded (unicode-width.ts):
// its Unicode tables cost about 60 ms of startup, a fifth of `ork keys list`.
// Text must be sanitised (sanitize.ts) before it is measured.

/** Measuring, cutting and padding text by terminal cells. */
export interface TextWidth {
  /** How many terminal cells `text` takes. */
  displayWidth(text: string): number
  /** Cuts `text` to at most `width` cells, ending in `…` when something was cut. */
  truncate(text: string, width: number): string
  /** Pads `text` with spaces to `width` cells, on the right (`start`) or on the left (`end`). */
  pad(text: string, width: number, align?: 'start' | 'end'): string
}

/**
 * Text in which every character is one cell, alone or next to any other of them: printable
 * ASCII, Latin-1 without the soft hyphen (which takes none), and the dashes, quotes, bullets and
 * ellipsis of General Punctuation (U+2010-U+2027). None of these combines with a neighbour, so
 * any concatenation stays one cell per character. text-width.test.ts checks every one of them
 * against string-width.
 */
const SINGLE_CELL_TEXT = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027]*$/

const ELLIPSIS = '…'

export function isSingleCellText(text: string): boolean {
  return SINGLE_CELL_TEXT.test(text)
}

/** The measure of single-cell text: a character is a cell. Only for text that passed the check. */
export const singleCellWidth: TextWidth = {
  displayWidth: (text) => text.length,
  truncate(text, width) {
    if (text.length <= width) return text
    if (width <= 0) return ''
    return `${text.slice(0, width - 1)}${ELLIPSIS}`
  },
  pad(text, width, align = 'start') {
    const fill = ' '.repeat(Math.max(0, width - text.length))
    return align === 'start' ? text + fill : fill + text
  },
}

/**
 * The measure for `texts` (every text a renderer will measure, cut or pad, or the parts it builds
 * them from): lengths when all are single-cell text, else string-width's, loaded now.
 */
export async function textWidthFor(texts: Iterable<string>): Promise<TextWidth> {
  for (const text of texts) {
    if (!isSingleCellText(text)) return (await import('./unicode-width')).unicodeWidth
  }
  return singleCellWidth
}
