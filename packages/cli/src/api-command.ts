import type { CommandBody } from './commands/context'
import type { Io } from './io'
import type { GlobalOptions } from './options'
import type { Reporter } from './report'

/** What the command asked for, decided once the argv has been read. */
export type Outcome = (signal: AbortSignal) => Promise<number>

/**
 * A command that talks to the API, run through runCommand (commands/context.ts): the client,
 * the error line and the exit code, the same for every command. Imported only when it runs.
 */
export function apiCommand(
  globals: GlobalOptions,
  io: Io,
  report: Reporter,
  body: CommandBody,
): Outcome {
  return async (signal) => {
    const { runCommand } = await import('./commands/context')
    return runCommand(body, { globals, io, report, signal })
  }
}
