// The "fetching…" line on stderr while pages arrive. Only on a terminal: a pipe or a log file
// gets nothing extra. ORK_FORCE_TTY=1 turns it on without a terminal (for tests and for wrappers
// that show stderr live).

export interface ProgressStream {
  isTTY?: boolean
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

export function createProgress(stream: ProgressStream, enabled: boolean): Progress {
  let shown = false
  const show = (text: string) => {
    if (!enabled) return
    stream.write(`${CLEAR_LINE}${text}`)
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
