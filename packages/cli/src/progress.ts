// The "fetching…" line on stderr while pages arrive. Only on a terminal: a pipe or a log file
// gets nothing extra. ORK_FORCE_TTY=1 turns it on without a terminal (for tests and for wrappers
// that show stderr live).
import { singleCellWidth } from './output/text-width'

export interface ProgressStream {
  isTTY?: boolean
  /** The terminal's width, when the stream is one (Node keeps it current on resize). */
  columns?: number
  write(chunk: string): unknown
}

export interface Progress {
  readonly enabled: boolean
  start(): void
  update(info: { page: number; keys: number }): void
  /** Clears the line; safe to call more than once. */
  done(): void
}

const CLEAR_LINE = '\r\u001b[2K'

export function progressEnabled(
  stream: ProgressStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return stream.isTTY === true || env.ORK_FORCE_TTY === '1'
}

/**
 * `width` is asked at every redraw, so a resized terminal is followed. The line is cut one cell
 * short of it: a line that wraps cannot be cleared by CLEAR_LINE (only its last row is), and on
 * some terminals a line that fills the last column already moves the cursor to the next row.
 */
export function createProgress(
  stream: ProgressStream,
  enabled: boolean,
  width: () => number | undefined = () => undefined,
): Progress {
  let shown = false
  // Its own text only (ASCII and `…`), so a character is a cell; progress.test.ts checks it.
  const show = (text: string) => {
    if (!enabled) return
    const columns = width()
    stream.write(
      `${CLEAR_LINE}${columns === undefined ? text : singleCellWidth.truncate(text, columns - 1)}`,
    )
    shown = true
  }
  return {
    enabled,
    start: () => show('Fetching keys…'),
    update: ({ page, keys }) =>
      show(
        `Fetching keys… ${page} page${page === 1 ? '' : 's'}, ${keys} key${keys === 1 ? '' : 's'} so far`,
      ),
    done: () => {
      if (!shown) return
      stream.write(CLEAR_LINE)
      shown = false
    },
  }
}
