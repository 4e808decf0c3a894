// How the consumer tests run things: child processes without blocking each other (so independent
// runtimes can be checked at the same time), named checks that print one line each, and the
// counts for the closing line. Every process started here is ended by the code that started it.
import { spawn } from 'node:child_process'

// p-limit runs at most N of the queued checks at once (the machine has 2 cores).
export { default as pLimit } from 'p-limit'

/** How long one command may take before it is ended and its check fails (next build is slowest). */
const COMMAND_TIMEOUT_MS = 180_000

// npm run from inside pnpm inherits pnpm's npm_config_* settings; the consumer is a plain user.
export const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_config_|npm_package_|npm_lifecycle_|PNPM_|pnpm_)/i.test(key),
  ),
)

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`

export function createReport() {
  const results = { passed: 0, failed: 0 }
  const started = Date.now()
  /**
   * Run one named check; a thrown error (or rejection) fails it with its message. Resolves to
   * whether it passed, so a job can skip what depends on it.
   */
  async function check(name, fn) {
    const since = Date.now()
    try {
      const detail = await fn()
      results.passed++
      console.log(`✔ ${name} (${seconds(since)})${detail ? `: ${detail}` : ''}`)
      return true
    } catch (error) {
      results.failed++
      const message = error instanceof Error ? error.message : String(error)
      console.error(`✖ ${name} (${seconds(since)})\n${message.replace(/^/gm, '    ')}`)
      return false
    }
  }
  return { check, results, elapsed: () => seconds(started) }
}

/** Children still running; ended when this process exits early (a failure, Ctrl-C). */
const running = new Set()

/** Ends a child and everything it started (it leads its own process group). */
function endGroup(child, signal = 'SIGTERM') {
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Spawns `command` as the leader of a new process group, so that ending it ends its children. */
function spawnGroup(command, args, options) {
  const child = spawn(command, args, { env: cleanEnv, ...options, detached: true })
  running.add(child)
  child.on('close', () => running.delete(child))
  return child
}

process.on('exit', () => {
  for (const child of running) endGroup(child, 'SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130))
}

/**
 * Runs a command to its end; resolves its stdout (stdout and stderr with `allOutput: true`),
 * rejects with its output when it exits non-zero, fails to start or outlives `timeout` ms.
 */
export function run(
  command,
  args,
  { timeout = COMMAND_TIMEOUT_MS, allOutput = false, ...options } = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    const timer = setTimeout(() => {
      endGroup(child, 'SIGKILL')
      stderr += `\n(ended after ${timeout / 1000}s)`
    }, timeout)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`${command}: ${error.message}`))
    })
    child.on('close', (status, signal) => {
      clearTimeout(timer)
      if (status === 0) return resolve(allOutput ? `${stdout}${stderr}` : stdout)
      const output = `${stdout}${stderr}`.trim()
      const how = status === null ? `was ended by ${signal}` : `exited ${status}`
      reject(new Error(`${[command, ...args].join(' ')} ${how}\n${output}`))
    })
  })
}

/**
 * Starts a long-running command (a server) and resolves once `ready` (a RegExp) matches its
 * output, with the match and a `stop()` that ends its process group. `extraStdio` adds file
 * descriptors from 3 on (workerd reports its port on one).
 */
export function startServer(command, args, { ready, readyOn, extraStdio = [], ...options }) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(command, args, {
      ...options,
      stdio: ['ignore', 'pipe', 'pipe', ...extraStdio],
    })
    let output = ''
    const stop = () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done()
        child.once('close', () => done())
        endGroup(child)
      })
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`${command} did not get ready in 60s:\n${output}`))
    }, 60_000)
    const streams = readyOn === undefined ? [child.stdout, child.stderr] : [child.stdio[readyOn]]
    const onData = (chunk) => {
      output += chunk
      const match = ready.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ match, stop, output: () => output })
      }
    }
    for (const stream of streams) stream.on('data', onData)
    if (readyOn !== undefined) {
      child.stdout.on('data', (chunk) => {
        output += chunk
      })
      child.stderr.on('data', (chunk) => {
        output += chunk
      })
    }
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`${command}: ${error.message}`))
    })
    child.on('close', (status) => {
      clearTimeout(timer)
      reject(new Error(`${command} exited ${status} before it was ready:\n${output}`))
    })
  })
}
