import type { Command } from 'commander'
import type { CommandBody, CommandContext } from './commands/context'
import type { Io } from './io'
import { type GlobalOptions, parseGlobalOptions, type RawGlobalOptions } from './options'
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

/** What every command's action needs: where its output goes, and who runs its outcome. */
export interface ActionSetting {
  io: Io
  report: Reporter
  onCommand: (outcome: Outcome) => void
}

/** The global flags (--base-url, --timeout, ...) as `command` sees them, checked. */
export function globalOptionsOf(command: Command, io: Io): GlobalOptions {
  return parseGlobalOptions(command.optsWithGlobals<RawGlobalOptions>(), io.env)
}

/**
 * The commander action of a command that talks to the API and takes no argument. The global
 * flags, then the command's own (`parse`), are checked when the action runs, before any import
 * or request, so a bad flag costs nothing; `body` runs afterwards, with the client.
 */
export function apiAction<RawOptions, Options>(
  { io, report, onCommand }: ActionSetting,
  parse: (raw: RawOptions) => Options,
  body: (options: Options, context: CommandContext) => Promise<number>,
): (raw: RawOptions, command: Command) => void {
  return (raw, command) => {
    const globals = globalOptionsOf(command, io)
    const options = parse(raw)
    onCommand(apiCommand(globals, io, report, (context) => body(options, context)))
  }
}
