import packageJson from '../package.json' with { type: 'json' }

const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Fast path: `ork --version` is what scripts and install checks call most; answer it without
  // loading the argument parser at all. Any other command line goes through commander.
  process.stdout.write(`${packageJson.version}\n`)
} else {
  // `ork … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })

  // Ctrl-C aborts the request in flight; the command clears its progress line and exits 130.
  const interrupt = new AbortController()
  process.once('SIGINT', () => interrupt.abort())

  // Not top-level await: this entry is also built as CJS alongside the library entry.
  void import('./run').then(({ run }) =>
    run(process.argv, undefined, interrupt.signal).then((code) => {
      process.exitCode = code
    }),
  )
}
