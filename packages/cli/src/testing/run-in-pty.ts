import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { ORK_BIN, type OrkResult, shellQuote } from './run-ork'

/**
 * util-linux `script`: runs a command on a real pseudo-terminal with no native module to
 * build or download. Tests that need a terminal skip, saying so, where it is absent.
 */
export const SCRIPT = '/usr/bin/script'
export const HAS_SCRIPT = existsSync(SCRIPT)
export const NO_PTY_REASON = `${SCRIPT} (util-linux) is not installed: no pseudo-terminal to test on`

export interface PtyStep {
  /** Wait until the terminal output contains this. */
  when: string
  /** Then type this (a pty turns `\r` into Enter; `\u0003` is Ctrl-C). */
  type: string
}

/**
 * Runs the built `ork` with stdin, stdout and stderr on one pseudo-terminal (`script -qfec`),
 * typing each step's text once its prompt has appeared. stdout holds everything the terminal
 * showed (stdout and stderr together, `\n` as `\r\n`, the typed answers echoed).
 */
export function runOrkInPty(
  args: readonly string[],
  env: Record<string, string | undefined>,
  steps: readonly PtyStep[] = [],
): Promise<OrkResult> {
  const command = [process.execPath, ORK_BIN, ...args].map(shellQuote).join(' ')
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qfec', command, '/dev/null'], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const pending = [...steps]
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      const next = pending[0]
      if (next && stdout.includes(next.when)) {
        pending.shift()
        child.stdin.write(next.type)
      }
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      child.stdin.destroy()
      resolve({ code, stdout, stderr })
    })
  })
}
