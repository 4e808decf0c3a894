// How wide the terminal is, for the table (stdout) and the progress line (stderr).
import type { OutStream } from '../io'

type Env = Readonly<Record<string, string | undefined>>

/** COLUMNS as a positive integer, when set to one. */
export function columnsFromEnv(env: Env): number | undefined {
  const value = env.COLUMNS
  return value !== undefined && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined
}

/** A terminal stream's width, when it is a terminal that knows it. */
function ttyColumns(stream: Pick<OutStream, 'isTTY' | 'columns'>): number | undefined {
  return stream.isTTY && stream.columns && stream.columns > 0 ? stream.columns : undefined
}

/**
 * The width the table must fit: COLUMNS when set (an explicit request, also honoured in pipes),
 * else the terminal's width, else no limit: a table piped to a file or pager keeps every cell.
 */
export function tableWidth(stdout: OutStream, env: Env): number | undefined {
  return columnsFromEnv(env) ?? ttyColumns(stdout)
}

/**
 * The width a live line (the progress line) must fit: the terminal's, when the stream is one
 * (that is where it would wrap), else COLUMNS (a progress line forced on for a wrapper).
 */
export function lineWidth(
  stream: Pick<OutStream, 'isTTY' | 'columns'>,
  env: Env,
): number | undefined {
  return ttyColumns(stream) ?? columnsFromEnv(env)
}
