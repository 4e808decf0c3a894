// Terminal cell widths for table layout. Key names are user data: they may hold emoji, CJK
// characters or control characters, and none of those may break the grid or reach the terminal
// as escape sequences. (A dependency such as string-width would do this too; the rules needed
// here fit in a few lines, and the CLI keeps its runtime dependencies to commander and the client.)

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

// C0 and C1 control characters, DEL, and bidi overrides that could reorder what follows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

// East Asian wide and fullwidth ranges, plus emoji, take two terminal cells.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]|\p{Extended_Pictographic}/u
// Combining marks and zero-width characters take no cell of their own.
const ZERO_WIDTH = /^(?:\p{Mark}|\u200b|\u200c|\u200d|\ufeff)+$/u

/** Replaces control characters with U+FFFD so a name cannot move the cursor or wrap a row. */
export function sanitize(text: string): string {
  return text.replace(UNSAFE, '\ufffd')
}

function graphemeWidth(grapheme: string): number {
  if (ZERO_WIDTH.test(grapheme)) return 0
  return WIDE.test(grapheme) ? 2 : 1
}

/** How many terminal cells `text` takes (text without ANSI escapes). */
export function displayWidth(text: string): number {
  let width = 0
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment)
  return width
}

/** Cuts `text` to at most `width` cells, ending in `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text
  if (width <= 0) return ''
  let result = ''
  let used = 0
  for (const { segment } of segmenter.segment(text)) {
    const cells = graphemeWidth(segment)
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
