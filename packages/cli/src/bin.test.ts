// Integration: the BUILT `ork` bin as a child process: exit codes, error lines, help, progress,
// colour and secrets.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import {
  createMockServer,
  type MockListener,
  type MockServer,
  type MockServerOptions,
} from '@openrouter-kit/mock'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ORK_BIN, runOrk, shellQuote } from './testing/run-ork'

const SECRET = 'sk-or-v1-0123456789abcdef-test-secret'
let listener: MockListener | undefined
afterEach(async () => {
  await listener?.close()
  listener = undefined
})

async function start(options: MockServerOptions = {}) {
  const mock = createMockServer({ managementKeys: [SECRET], ...options })
  listener = await mock.listen({ port: 0 })
  const env = { OPENROUTER_BASE_URL: listener.url, OPENROUTER_MANAGEMENT_KEY: SECRET }
  const ork = (args: string[], extra: Record<string, string | undefined> = {}) =>
    runOrk(args, { ...env, ...extra })
  return { mock, ork, env }
}

const keysRequests = (mock: MockServer) => mock.requests.filter((r) => r.path.endsWith('/keys'))

/** A port with nothing listening: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe('help and version', () => {
  test('--version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    )
    expect(await runOrk(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  test('--help lists the flags with examples and exit codes', async () => {
    const result = await runOrk(['keys', 'list', '--help'])
    expect(result.code).toBe(0)
    for (const flag of [
      '--include-disabled',
      '--workspace <uuid>',
      '--offset <n>',
      '--limit <n>',
      '--format <format>',
      '--json',
      '--columns <list>',
      'Examples:',
      'ork keys list --json | jq',
      'Exit codes: 0 ok, 1 API or network error, 2 usage error, 4 missing or rejected credentials',
    ]) {
      expect(result.stdout).toContain(flag)
    }
    const top = await runOrk(['--help'])
    for (const flag of ['--base-url <url>', '--timeout <ms>', '--max-retries <n>', '--debug']) {
      expect(top.stdout).toContain(flag)
    }
  })
})

describe('exit 2: usage errors, before any request', () => {
  test.each([
    [
      ['keys', 'list', '--offset', 'abc'],
      'error: --offset must be a non-negative integer, got "abc"',
    ],
    [['keys', 'list', '--limit', '0'], 'error: --limit must be a positive integer, got "0"'],
    [['keys', 'list', '--workspace', 'nope'], 'error: --workspace must be a UUID'],
    [
      ['keys', 'list', '--format', 'yaml'],
      'error: --format must be one of table, json, jsonl, csv, got "yaml"',
    ],
    [['keys', 'list', '--columns', 'name,secret'], 'error: --columns got unknown column "secret"'],
    [['keys', 'list', '--json', '--format', 'csv'], 'error: --json means --format json'],
    [['keys', 'list', '--timeout', '-5'], 'error: --timeout must be a positive integer'],
    [['--max-retries', 'x', 'keys', 'list'], 'error: --max-retries must be a non-negative integer'],
    [['keys', 'list', '--base-url', 'localhost'], 'error: --base-url must be an http(s) URL'],
    [['keys', 'list', '--bogus'], "error: unknown option '--bogus'"],
    [['keys', 'list', '--offset'], "error: option '--offset <n>' argument missing"],
    [['keys', 'delete'], "error: unknown command 'delete'"],
  ])('%j', async (args, message) => {
    const { mock, ork } = await start()
    const result = await ork(args)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr.split('\n')[0]).toContain(message)
    expect(mock.requests).toHaveLength(0)
  })

  test('a bad OPENROUTER_BASE_URL is a usage error too', async () => {
    const result = await runOrk(['keys', 'list'], {
      OPENROUTER_BASE_URL: 'openrouter.ai',
      OPENROUTER_MANAGEMENT_KEY: SECRET,
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: OPENROUTER_BASE_URL must be an http(s) URL like https://openrouter.ai/api/v1, got "openrouter.ai"\n',
    )
  })

  test('no command at all shows the help on stderr', async () => {
    const result = await runOrk([])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Usage: ork')
  })
})

describe('exit 4: missing or rejected credentials', () => {
  test('no OPENROUTER_MANAGEMENT_KEY: one line, no request', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'list'], { OPENROUTER_MANAGEMENT_KEY: undefined })
    expect(result.code).toBe(4)
    expect(result.stderr).toMatch(/^error: OPENROUTER_MANAGEMENT_KEY is not set; [^\n]*\n$/)
    expect(mock.requests).toHaveLength(0)
  })

  test('401 from the API, with the request id', async () => {
    const { ork } = await start()
    const result = await ork(['keys', 'list'], { OPENROUTER_MANAGEMENT_KEY: 'sk-or-v1-wrong' })
    expect(result.code).toBe(4)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      /^error: credentials rejected: 401 .*; check OPENROUTER_MANAGEMENT_KEY \(request id req_\w+\)\n$/,
    )
  })

  test('403 from the API', async () => {
    const { ork } = await start({ faults: [{ status: 403 }] })
    const result = await ork(['keys', 'list'])
    expect(result.code).toBe(4)
    expect(result.stderr).toMatch(/^error: credentials rejected: 403 .*must be a management key/)
  })
})

describe('exit 1: API and network errors', () => {
  test('a 500 after the retries ran out: one line with the request id, no stack', async () => {
    const { mock, ork } = await start({ faults: [{ status: 500 }, { status: 500 }] })
    const result = await ork(['--max-retries', '1', 'keys', 'list'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: API error: 500 .*\(request id req_\w+\)\n$/)
    expect(keysRequests(mock)).toHaveLength(2)
  })

  test('--max-retries 0 makes one attempt only', async () => {
    const { mock, ork } = await start({ faults: [{ status: 502 }] })
    const result = await ork(['keys', 'list', '--max-retries', '0'])
    expect(result.code).toBe(1)
    expect(keysRequests(mock)).toHaveLength(1)
  })

  test('retries get through transient faults', async () => {
    const { mock, ork } = await start({
      seed: 3,
      faults: [{ status: 503 }, { status: 429, retryAfterMs: 10 }],
    })
    const result = await ork(['keys', 'list', '--json', '--max-retries', '2'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(mock.listKeys())
  })

  test('a 429 says how long to wait', async () => {
    const { ork } = await start({ faults: [{ status: 429, retryAfter: 30 }] })
    const result = await ork(['keys', 'list', '--max-retries', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: rate limited: 429 .*; retry after 30s \(request id/)
  })

  test('--timeout: a slow answer fails fast', async () => {
    const { mock, ork } = await start({ faults: [{ delayMs: 5_000 }] })
    const result = await ork(['keys', 'list', '--timeout', '200', '--max-retries', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`error: no answer from ${listener!.url}: Timed out after 200 ms\n`)
    expect(keysRequests(mock)).toHaveLength(1)
  })

  test('a dropped connection, retried once, then reported', async () => {
    const { mock, ork } = await start({ faults: [{ drop: true }, { drop: true }] })
    const result = await ork(['keys', 'list', '--max-retries', '1'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^error: could not reach http:\/\/127\.0\.0\.1:\d+\/api\/v1: .+\n$/,
    )
    expect(keysRequests(mock)).toHaveLength(2)
  })

  test('nothing listening: connection refused', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/v1`
    const result = await runOrk(['keys', 'list', '--max-retries', '0'], {
      OPENROUTER_BASE_URL: url,
      OPENROUTER_MANAGEMENT_KEY: SECRET,
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      new RegExp(`^error: could not reach ${url}: .*ECONNREFUSED.*\\n$`),
    )
  })

  test('--debug adds the request log and the stack trace', async () => {
    const { ork } = await start({ faults: [{ status: 500 }] })
    const result = await ork(['keys', 'list', '--debug', '--max-retries', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/\[ork debug\] GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/keys/)
    expect(result.stderr).toMatch(/error: API error: 500/)
    expect(result.stderr).toMatch(/\n\s+at /)
  })
})

describe('exit 130: interrupted', () => {
  test('SIGINT aborts the request in flight and clears the progress line', async () => {
    const { mock, env } = await start({ faults: [{ delayMs: 20_000 }] })
    const child = spawn(process.execPath, [ORK_BIN, 'keys', 'list'], {
      env: { PATH: process.env.PATH, ...env, ORK_FORCE_TTY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    await vi.waitFor(() => expect(mock.inFlight).toBe(1), { timeout: 20_000, interval: 50 })
    child.kill('SIGINT')
    expect(await exited).toBe(130)
    expect(stderr).toBe('\r\u001b[2KFetching keys…\r\u001b[2K')
  })
})

describe('secrets', () => {
  test('the key never appears in any output, --debug included', async () => {
    const { ork } = await start({ seed: 3, faults: [{ status: 500 }] })
    const runs = await Promise.all([
      ork(['keys', 'list', '--debug']),
      ork(['keys', 'list', '--debug', '--json']),
      ork(['keys', 'list', '--debug', '--max-retries', '0']),
      ork(['keys', 'list', '--debug'], { OPENROUTER_BASE_URL: 'http://127.0.0.1:9/api/v1' }),
    ])
    expect(runs.some((run) => run.stderr.includes('authorization'))).toBe(true)
    for (const run of runs) {
      expect(run.stdout).not.toContain(SECRET)
      expect(run.stderr).not.toContain(SECRET)
      expect(run.stderr).not.toContain(SECRET.slice(-12))
    }
  })
})

describe('progress line', () => {
  test('not a terminal: nothing on stderr', async () => {
    const { ork } = await start({ seed: 25, pageSize: 10 })
    const result = await ork(['keys', 'list'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
  })

  test('ORK_FORCE_TTY=1: pages and keys so far, then the line is cleared', async () => {
    const { mock, ork } = await start({ seed: 25, pageSize: 10 })
    const total = mock.listKeys().length
    expect(total).toBeGreaterThan(20)
    const result = await ork(['keys', 'list', '--json'], { ORK_FORCE_TTY: '1' })
    expect(result.code).toBe(0)
    const clear = '\r\u001b[2K'
    expect(result.stderr.split(clear)).toEqual([
      '',
      'Fetching keys…',
      'Fetching keys… 1 page, 10 keys so far',
      // The second page re-reads the last key of the first (the client's overlap).
      'Fetching keys… 2 pages, 19 keys so far',
      `Fetching keys… 3 pages, ${total} keys so far`,
      '',
    ])
    expect(JSON.parse(result.stdout)).toHaveLength(total)
  })

  test.skipIf(!existsSync('/usr/bin/script'))(
    'on a real pseudo-terminal (util-linux script): progress, then a coloured table',
    async () => {
      const { env, mock } = await start({ seed: 25, pageSize: 10 })
      const total = mock.listKeys().length
      const command = [process.execPath, ORK_BIN, 'keys', 'list'].map(shellQuote).join(' ')
      const result = await runOrk(['-qec', command, '/dev/null'], { ...env, COLUMNS: '150' }, [
        '/usr/bin/script',
      ])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(`Fetching keys… 3 pages, ${total} keys so far\r\u001b[2K`)
      expect(result.stdout).toContain('\u001b[1mNAME')

      const plain = await runOrk(
        ['-qec', command, '/dev/null'],
        { ...env, COLUMNS: '150', NO_COLOR: '1' },
        ['/usr/bin/script'],
      )
      expect(plain.stdout).toContain('Fetching keys…')
      expect(plain.stdout).not.toContain('\u001b[1m')
      expect(plain.stdout).toContain('NAME')
    },
  )
})

describe('colour', () => {
  test('FORCE_COLOR colours a piped table; NO_COLOR wins over it', async () => {
    const { ork } = await start({ seed: 30 })
    const [forced, both, none] = await Promise.all([
      ork(['keys', 'list', '--include-disabled'], { FORCE_COLOR: '1' }),
      ork(['keys', 'list'], { FORCE_COLOR: '1', NO_COLOR: '1' }),
      ork(['keys', 'list']),
    ])
    expect(forced.stdout.startsWith('\u001b[1mNAME')).toBe(true)
    expect(forced.stdout).toContain('\u001b[2m') // a disabled key, dimmed
    expect(both.stdout).not.toContain('\u001b')
    expect(none.stdout).not.toContain('\u001b')
  })

  test('json and csv are never coloured', async () => {
    const { ork } = await start({ seed: 3 })
    const json = await ork(['keys', 'list', '--json'], { FORCE_COLOR: '1' })
    expect(json.stdout).not.toContain('\u001b')
  })
})
