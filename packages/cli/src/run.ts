import { CommanderError } from 'commander'
import { ExitCode } from './exit-codes'
import { type Io, processIo } from './io'
import { createProgram, type Outcome } from './program'
import { createReporter, secretsOf } from './report'
import { UsageError } from './usage-error'

/**
 * Runs `ork` with `argv` (as process.argv: node, script, ...args) and resolves to the exit code.
 * Never throws: every failure becomes one line on stderr and a code.
 */
export async function run(
  argv: readonly string[] = process.argv,
  io: Io = processIo(),
  signal: AbortSignal = new AbortController().signal,
): Promise<number> {
  // The one reporter of this run: every line on stderr, from commander, a usage error or the
  // command, is redacted and sanitised by it.
  const report = createReporter(io.stderr, secretsOf(io.env))
  let outcome: Outcome | undefined
  const program = createProgram(io, report, (chosen) => {
    outcome = chosen
  })
  try {
    await program.parseAsync(argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its message (or the help / version). Help shown because a
      // command was missing (`ork`, `ork keys`) is a usage error too.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage
    }
    if (error instanceof UsageError) {
      report.error(error.message)
      return ExitCode.Usage
    }
    report.error(error instanceof Error ? error.message : String(error))
    return ExitCode.Failure
  }
  if (!outcome) return ExitCode.Ok
  try {
    return await outcome(signal)
  } catch (error) {
    // Commands report their own failures (runCommand never throws), so this is a bug in loading
    // one. Still one line: the stack is for --debug, which only the command knows about.
    report.error(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`)
    return ExitCode.Failure
  }
}
