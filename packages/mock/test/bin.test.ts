// The built bin as a user runs it: a child process on a random port, read the URL from stdout,
// query it over HTTP, stop it with SIGTERM. Needs `pnpm build` first (turbo's test task does it).
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import type { ApiKey } from '@openrouter-kit/types'
import { afterEach, describe, expect, it } from 'vitest'
import { conformingBody } from './spec-validator'
import { AUTH } from './transports'

const BIN = fileURLToPath(new URL('../bin/openrouter-mock.mjs', import.meta.url))
const children: ChildProcess[] = []

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
  })
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  const firstLine = new Promise<string>((resolve, reject) => {
    const check = () => {
      const newline = stdout.indexOf('\n')
      if (newline >= 0) resolve(stdout.slice(0, newline))
    }
    child.stdout.on('data', check)
    exited.then(() => reject(new Error(`bin exited before printing a URL: ${stderr}`)))
  })
  // Tests that expect an early exit never await the URL; keep that from being an unhandled rejection.
  firstLine.catch(() => {})
  return { child, firstLine, exited, output: () => ({ stdout, stderr }) }
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
})

async function pageSizes(url: string, extra: string): Promise<number[]> {
  const sizes = []
  for (const offset of [0, 100, 200, 300]) {
    const response = await fetch(`${url}/keys?offset=${offset}${extra}`, { headers: AUTH })
    expect(response.status).toBe(200)
    sizes.push(((await conformingBody(response)) as { data: ApiKey[] }).data.length)
  }
  return sizes
}

describe('openrouter-mock bin', () => {
  it('serves --seed 250 keys in pages of 100/100/50/0 and exits 0 on SIGTERM', async () => {
    const bin = start(['--port', '0', '--seed', '250'])
    const url = await bin.firstLine
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/)

    expect(await pageSizes(url, '&include_disabled=true')).toEqual([100, 100, 50, 0])
    const enabled = await pageSizes(url, '')
    const enabledTotal = enabled.reduce((sum, size) => sum + size, 0)
    expect(enabledTotal).toBeLessThan(250)
    expect(enabled).toEqual(
      [0, 100, 200, 300].map((offset) => Math.max(0, Math.min(100, enabledTotal - offset))),
    )

    bin.child.kill('SIGTERM')
    const [code] = await bin.exited
    expect(code).toBe(0)
  })

  it('stops cleanly on SIGINT and accepts a custom management key without printing it', async () => {
    const bin = start(['--management-key', 'sk-or-v1-custom-test-key', '--page-size', '10'])
    const url = await bin.firstLine
    const denied = await fetch(`${url}/keys`, { headers: AUTH })
    expect(denied.status).toBe(401)
    const allowed = await fetch(`${url}/keys?include_disabled=true`, {
      headers: { authorization: 'Bearer sk-or-v1-custom-test-key' },
    })
    expect(((await conformingBody(allowed)) as { data: ApiKey[] }).data).toHaveLength(10)
    bin.child.kill('SIGINT')
    const [code] = await bin.exited
    expect(code).toBe(0)
    const { stdout, stderr } = bin.output()
    expect(stdout + stderr).not.toContain('sk-or-v1-custom-test-key')
  })

  it('seeds --workspaces with --keys-per-workspace, adds --latency, prints the key it accepts', async () => {
    const bin = start(['--workspaces', '4', '--keys-per-workspace', '2', '--latency', '5-10'])
    const url = await bin.firstLine
    const workspaces = await fetch(`${url}/workspaces`, { headers: AUTH })
    const listing = (await conformingBody(workspaces, 'listWorkspaces')) as {
      data: { id: string }[]
      total_count: number
    }
    expect(listing.total_count).toBe(5)
    const other = listing.data[1]?.id
    const keys = await fetch(`${url}/keys?workspace_id=${other}&include_disabled=true`, {
      headers: AUTH,
    })
    expect(((await conformingBody(keys)) as { data: ApiKey[] }).data).toHaveLength(2)
    const created = await fetch(`${url}/keys`, {
      method: 'POST',
      headers: { ...AUTH, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'From the bin test' }),
    })
    expect(created.status).toBe(201)
    await conformingBody(created, 'createApiKey')
    bin.child.kill('SIGTERM')
    await bin.exited
    const { stdout, stderr } = bin.output()
    expect(stdout).toBe(`${url}\n`)
    expect(stderr).toContain('openrouter-mock: management key: sk-or-v1-mock-management-key\n')
    expect(stderr).toContain('4 more workspace(s) with 2 keys each')
    expect(stderr).toContain('5-10 ms added latency')
  })

  it('exits 2 with a usage message for a bad flag', async () => {
    const bin = start(['--seed', 'many'])
    const [code] = await bin.exited
    expect(code).toBe(2)
    const { stdout, stderr } = bin.output()
    expect(stdout).toBe('')
    expect(stderr).toContain('--seed expects an integer >= 0, got "many"')
    expect(stderr).toContain('Usage: openrouter-mock')
  })
})
