import { ExitCode } from './exit-codes'

/**
 * A bad flag or flag value. Raised while the command line is read, before any request, and
 * always names the flag and the form that was expected.
 */
export class UsageError extends Error {
  readonly exitCode = ExitCode.Usage
  override name = 'UsageError'
}
