import type { ExitCode } from './exit-codes'

/**
 * A failure the CLI itself decides on, after reading the API (a `<key>` that matches nothing, or
 * more than one key): its exit code, the `error:` line, and lines that follow it (the matches).
 */
export class CommandError extends Error {
  override name = 'CommandError'
  readonly exitCode: ExitCode
  /** Lines printed after the error line, e.g. one per matching key. */
  readonly details: readonly string[]

  constructor(message: string, exitCode: ExitCode, details: readonly string[] = []) {
    super(message)
    this.exitCode = exitCode
    this.details = details
  }
}
