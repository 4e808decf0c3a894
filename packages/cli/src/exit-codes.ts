/**
 * The process exit codes `ork` uses. Scripts branch on these, so they are part of the public
 * contract: 0 ok, 1 API or network error, 2 usage error, 4 missing or rejected credentials.
 * (3 is left unused on purpose, as in several other CLIs, so a future code can take it.)
 */
export const ExitCode = {
  Ok: 0,
  Failure: 1,
  Usage: 2,
  Credentials: 4,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
