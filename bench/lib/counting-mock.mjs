// Starts lib/counting-mock-server.mjs and talks to it: its URL, its request counts, close.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const serverScript = fileURLToPath(new URL('./counting-mock-server.mjs', import.meta.url))

/**
 * @param {{ mock?: object, latencyMs: number, sdkKeysFromSeed?: number }} settings
 * @returns {Promise<{ url: string, reset(): Promise<void>, counts(): Promise<{ listRequests: number, otherRequests: number }>, close(): Promise<void> }>}
 */
export async function startCountingMockProcess(settings) {
  const child = spawn(process.execPath, [serverScript, JSON.stringify(settings)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })
  const waiting = []
  lines.on('line', (line) => waiting.shift()?.(line.trim()))
  const nextLine = () => new Promise((resolve) => waiting.push(resolve))
  const exitedEarly = new Promise((_, reject) => {
    child.once('exit', (code) => reject(new Error(`the counting mock exited early (code ${code})`)))
  })
  const url = await Promise.race([nextLine(), exitedEarly])
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) {
    child.kill()
    throw new Error(`the counting mock printed ${JSON.stringify(url)}, expected a 127.0.0.1 URL`)
  }
  exitedEarly.catch(() => undefined)
  const ask = (command) => {
    const answer = nextLine()
    child.stdin.write(`${command}\n`)
    return answer
  }
  return {
    url,
    async reset() {
      await ask('reset')
    },
    async counts() {
      return JSON.parse(await ask('counts'))
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.removeAllListeners('exit')
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
