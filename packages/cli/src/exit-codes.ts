/**
 * The process exit codes `ork` uses. Scripts branch on these, so they are part of the public
 * contract: 0 ok, 1 API or network error, 2 usage error, 3 not found, 4 missing or rejected
 * credentials, 5 outcome unknown, 130 interrupted.
 */
export const ExitCode = {
  Ok: 0,
  /** An API error (other than the ones below) or a network failure. */
  Failure: 1,
  /** A bad flag or argument, an ambiguous `<key>`, a refused confirmation: nothing was sent. */
  Usage: 2,
  /** The API answered 404, or a `<key>` matched no key. */
  NotFound: 3,
  /** OPENROUTER_MANAGEMENT_KEY missing, or rejected (401, 403). */
  Credentials: 4,
  /** A create may or may not have happened (CreateOutcomeUnknownError); nothing was retried. */
  OutcomeUnknown: 5,
  /** Stopped with Ctrl-C: 128 + SIGINT, as shells report it. */
  Interrupted: 130,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
