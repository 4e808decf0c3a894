// Colour decisions, per output stream. The conventions followed:
//   NO_COLOR (https://no-color.org): set and non-empty -> never colour. It wins over FORCE_COLOR,
//     because the rule is "never with NO_COLOR".
//   FORCE_COLOR: set to anything but '' / '0' / 'false' -> colour even when not a TTY.
//   Otherwise colour only when the stream is a TTY and TERM is not 'dumb'.
// Three SGR codes are all the CLI needs, so they are written out here rather than pulled from a
// colour library.

export type Env = Readonly<Record<string, string | undefined>>

export function shouldUseColor(stream: { isTTY?: boolean }, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '0' && force !== 'false') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

export interface Colors {
  readonly enabled: boolean
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`)
}

const identity = (text: string) => text

export function createColors(enabled: boolean): Colors {
  return enabled
    ? { enabled, bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39) }
    : { enabled, bold: identity, dim: identity, red: identity }
}
