// The process surface a command touches, passed in rather than read from globals so that the
// wiring stays visible and the command can run against any streams.

export interface OutStream {
  isTTY?: boolean
  columns?: number
  write(chunk: string): unknown
}

export interface Io {
  stdout: OutStream
  stderr: OutStream
  env: Readonly<Record<string, string | undefined>>
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env }
}
