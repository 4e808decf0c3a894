// Programmatic entry: run `ork` inside another Node program (argv as process.argv).
export { ExitCode } from './exit-codes'
export type { Io, OutStream } from './io'
export { run } from './run'
