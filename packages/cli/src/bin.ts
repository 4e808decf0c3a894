import { run } from './run'

// `ork … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

// Ctrl-C aborts the request in flight; the command clears its progress line and exits 130.
const interrupt = new AbortController()
process.once('SIGINT', () => interrupt.abort())

// Not top-level await: this entry is also built as CJS alongside the library entry.
void run(process.argv, undefined, interrupt.signal).then((code) => {
  process.exitCode = code
})
