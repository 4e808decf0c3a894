// Terminal cell widths of any text. Key names are user data: they may hold emoji, flags,
// keycaps, CJK characters or symbols such as © and ✔, and the table must count each as the
// cells a terminal gives it, or rows misalign and wrap. Widths come from string-width (Unicode's
// East Asian Width plus its emoji rules; a devDependency bundled into dist like commander, so
// users install nothing more). Loading it builds its Unicode tables (about 60 ms), so it is
// imported only when some text needs it (text-width.ts).
// Text must be sanitised (sanitize.ts) before it is measured: control characters take no cell
// here but would move the cursor on a terminal.
import stringWidth from 'string-width'
import type { TextWidth } from './text-width'

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** How many terminal cells `text` takes. */
export function displayWidth(text: string): number {
  return stringWidth(text)
}

/** Cuts `text` to at most `width` cells, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 0) return ''
  let result = ''
  let used = 0
  // Grapheme by grapheme, so that a cut never splits a wide character, a flag or a keycap.
  for (const { segment } of segmenter.segment(text)) {
    const cells = stringWidth(segment)
    if (used + cells > width - 1) break
    result += segment
    used += cells
  }
  return `${result}…`
}

/** Pads `text` with spaces to `width` cells, on the right (`start`) or on the left (`end`). */
export function pad(text: string, width: number, align: 'start' | 'end' = 'start'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)))
  return align === 'start' ? text + fill : fill + text
}

/** The measure of any text, for renderers that get it from `textWidthFor`. */
export const unicodeWidth: TextWidth = { displayWidth, truncate, pad }
