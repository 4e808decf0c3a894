// Runs the mock server in a separate process (lib/mock-server.mjs), so that the server's CPU
// time never counts against the client being measured.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { mockServerScript } from './paths.mjs'

export const MOCK_KEY = 'sk-or-v1-mock-management-key'

/** @param {{ seed: number, pageSize?: number }} options */
export async function startMock({ seed, pageSize = 100 }) {
  const child = spawn(process.execPath, [mockServerScript, String(seed), String(pageSize)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout })
  const url = await new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the mock server exited early (code ${code})`)))
    lines.once('line', (line) => resolve(line.trim()))
  })
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) {
    child.kill()
    throw new Error(`the mock server printed ${JSON.stringify(url)}, expected a 127.0.0.1 URL`)
  }
  child.removeAllListeners('exit')
  lines.on('line', () => {}) // keep draining stdout so the server never blocks on a full pipe
  return {
    url,
    pid: child.pid,
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
