import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built launcher, exactly what `npm i -g` links as `ork`. */
export const ORK_BIN = fileURLToPath(new URL('../../bin/ork.mjs', import.meta.url))

export interface OrkResult {
  code: number | null
  stdout: string
  stderr: string
}

/** A running `ork` and what it will have printed when it exits. */
export interface OrkProcess {
  child: ChildProcess
  result: Promise<OrkResult>
}

/**
 * Starts the built `ork` as a child process. The environment starts empty apart from PATH, so
 * that the developer's NO_COLOR, COLUMNS or OPENROUTER_* settings cannot change a result.
 * Asynchronous on purpose: the mock server answering it lives in this same process. Tests that
 * signal the process while it runs use `child`; the others call runOrk.
 */
export function spawnOrk(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  command: readonly string[] = [process.execPath, ORK_BIN],
): OrkProcess {
  const [file, ...prefix] = command
  const child = spawn(file!, [...prefix, ...args], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const result = new Promise<OrkResult>((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
  return { child, result }
}

/** Runs the built `ork` to its end (see spawnOrk). */
export function runOrk(
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  command: readonly string[] = [process.execPath, ORK_BIN],
): Promise<OrkResult> {
  return spawnOrk(args, env, command).result
}

/** Quotes one argument for `sh -c` (used to run ork inside `script` for a real pseudo-terminal). */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}
