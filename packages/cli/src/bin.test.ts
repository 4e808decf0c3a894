// Integration: the BUILT `ork` bin as a child process: exit codes, error lines, help, progress,
// colour and secrets.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import type { MockServer, MockServerOptions } from '@openrouter-kit/mock'
import stringWidth from 'string-width'
import { describe, expect, test, vi } from 'vitest'
import { mockFixture } from './testing/mock-fixture'
import { ORK_BIN, runOrk, shellQuote } from './testing/run-ork'

const SECRET = 'sk-or-v1-0123456789abcdef-test-secret'
const startMock = mockFixture()
const start = (options: MockServerOptions = {}) =>
  startMock({ managementKeys: [SECRET], ...options })

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
      '--csv-raw',
      'Examples:',
      'ork keys list --json | jq',
      'Exit codes: 0 ok, 1 API or network error, 2 usage error, 3 not found, 4 missing or rejected credentials, 5 outcome unknown (a create may have happened), 130 interrupted.',
    ]) {
      expect(result.stdout).toContain(flag)
    }
    const top = await runOrk(['--help'])
    for (const flag of ['--base-url <url>', '--timeout <ms>', '--max-retries <n>', '--debug']) {
      expect(top.stdout).toContain(flag)
    }
    // The CSV formula guard is on by default; `ork --help` says so and names the way out.
    expect(top.stdout).toContain(
      "--csv-raw > raw.csv    # CSV guards formula cells (=, +, -, @) with ' unless --csv-raw",
    )
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
    [
      ['--timeout', '0', 'keys', 'list'],
      'error: --timeout must be a positive integer (milliseconds) or Infinity, got "0"',
    ],
    [
      ['--timeout', 'NaN', 'keys', 'list'],
      'error: --timeout must be a positive integer (milliseconds) or Infinity, got "NaN"',
    ],
    [
      ['--timeout', 'soon', 'keys', 'list'],
      'error: --timeout must be a positive integer (milliseconds) or Infinity, got "soon"',
    ],
    [
      ['--timeout', '1.5', 'keys', 'list'],
      'error: --timeout must be a positive integer (milliseconds) or Infinity, got "1.5"',
    ],
    [
      ['--timeout=-Infinity', 'keys', 'list'],
      'error: --timeout must be a positive integer (milliseconds) or Infinity, got "-Infinity"',
    ],
    [
      ['keys', 'list', '--base-url', 'https://api example.test/v1'],
      'error: --base-url must be an http(s) URL',
    ],
    [
      ['keys', 'list', '--base-url', 'http://127.0.0.1:9/v1?x=1'],
      'error: --base-url must not have a query string',
    ],
    [['--max-retries', 'x', 'keys', 'list'], 'error: --max-retries must be a non-negative integer'],
    [['keys', 'list', '--base-url', 'localhost'], 'error: --base-url must be an http(s) URL'],
    [['keys', 'list', '--bogus'], "error: unknown option '--bogus'"],
    [['keys', 'list', '--offset'], "error: option '--offset <n>' argument missing"],
    [['keys', 'destroy'], "error: unknown command 'destroy'"],
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

  test.each([
    ['--base-url', 'https://alice:hunter2@127.0.0.1:9/api/v1', 'https://***@127.0.0.1:9/api/v1'],
    ['--base-url', 'http://hunter2@127.0.0.1:9/api/v1', 'http://***@127.0.0.1:9/api/v1'],
    [
      'OPENROUTER_BASE_URL',
      'https://alice:hunter2@127.0.0.1:9/api/v1',
      'https://***@127.0.0.1:9/api/v1',
    ],
    ['OPENROUTER_BASE_URL', 'alice:hunter2@127.0.0.1:9', '***@127.0.0.1:9'],
  ])('%s with credentials (%s): exit 2, masked, never echoed', async (source, url, masked) => {
    const { mock, ork } = await start()
    const result =
      source === '--base-url'
        ? await ork(['keys', 'list', '--base-url', url])
        : await ork(['keys', 'list'], { OPENROUTER_BASE_URL: url })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(
      new RegExp(`^error: ${source} must [^\\n]*, got "${masked.replaceAll('*', '\\*')}"\\n$`),
    )
    expect(result.stderr).not.toContain('hunter2')
    expect(result.stderr).not.toContain('alice')
    expect(mock.requests).toHaveLength(0)
  })

  test('an option the client refuses when it is created is a usage error too, one line', async () => {
    // The client caps maxRetries (InvalidRequestError at creation); it was an uncaught crash.
    const { mock, ork } = await start()
    const result = await ork(['keys', 'list', '--max-retries', '11'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: Invalid maxRetries: received 11, expected an integer from 0 to 10\n',
    })
    expect(mock.requests).toHaveLength(0)
  })

  test('an escape sequence in an argument is not echoed raw by the usage error', async () => {
    const result = await runOrk(['keys', 'list', '--format', 'x\u001b]0;owned\u0007'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      'error: --format must be one of table, json, jsonl, csv, got "x\\u001b]0;owned\\u0007"\n',
    )
    const unknown = await runOrk(['keys', 'list', '--bo\u001b[2Jgus'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("error: unknown option '--bo\ufffd[2Jgus'")
    expect(unknown.stderr).not.toContain('\u001b')
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
    const { mock, ork, url } = await start({ faults: [{ delayMs: 5_000 }] })
    const result = await ork(['keys', 'list', '--timeout', '200', '--max-retries', '0'])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(`error: no answer from ${url}: Timed out after 200 ms\n`)
    expect(keysRequests(mock)).toHaveLength(1)
  })

  test.each(['2147483648', '99999999999999999999', 'Infinity'])(
    '--timeout %s is no timeout, not an instant one',
    async (timeout) => {
      // Node fires a timer of 2^31 ms or more after 1 ms: every attempt timed out at once.
      const { ork } = await start({ seed: 3, faults: [{ delayMs: 300 }] })
      const result = await ork([
        'keys',
        'list',
        '--json',
        '--max-retries',
        '0',
        '--timeout',
        timeout,
      ])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(JSON.parse(result.stdout)).toHaveLength(3)
    },
  )

  test('escape sequences in an API error message never reach the terminal', async () => {
    const escapes = '\u001b]0;owned\u0007\u001b[2J\u009b1m'
    const { ork } = await start({
      faults: [
        { status: 500, body: JSON.stringify({ error: { code: 500, message: `boom${escapes}` } }) },
        { status: 502, body: `<h1>bad${escapes}</h1>`, contentType: 'text/html' },
        { status: 401, body: JSON.stringify({ error: { code: 401, message: `no${escapes}` } }) },
      ],
    })
    const runs = [
      await ork(['keys', 'list', '--max-retries', '0']),
      await ork(['keys', 'list', '--max-retries', '0', '--debug']),
      await ork(['keys', 'list', '--max-retries', '0']),
    ]
    expect(runs.map((run) => run.code)).toEqual([1, 1, 4])
    expect(runs[0]!.stderr).toBe(
      'error: API error: 500 boom\ufffd]0;owned\ufffd\ufffd[2J\ufffd1m (request id req_1)\n',
    )
    for (const run of runs) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
      expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    }
    expect(runs[1]!.stderr).toMatch(/\n\s+at /) // the --debug stack, sanitised too
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

describe('secrets: the key is hidden in every form the server may echo it', () => {
  test("a key cut in two by the client's excerpt of a non-JSON body", async () => {
    // The client quotes the first 200 characters of such a body: the key straddles the cut.
    const body = `${'x'.repeat(175)}${SECRET}`
    const { ork } = await start({ faults: [{ status: 502, body, contentType: 'text/plain' }] })
    const result = await ork(['keys', 'list', '--max-retries', '0', '--debug'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: API error: 502 x+\*\*\* \(request id/m)
    expect(result.stderr).not.toContain(SECRET.slice(0, 12))
  })

  test('a key echoed URL-encoded or inside a JSON string', async () => {
    const quoted = 'sk-or-v1-has"quote\\and space'
    const { mock, url, env } = await startMock({ managementKeys: [quoted] })
    mock.enqueueFaults(
      {
        status: 500,
        body: JSON.stringify({ error: { code: 500, message: `bad ${JSON.stringify(quoted)}` } }),
      },
      {
        status: 500,
        body: `see ${url}?key=${encodeURIComponent(quoted)}`,
        contentType: 'text/plain',
      },
    )
    for (let run = 0; run < 2; run++) {
      const result = await runOrk(['keys', 'list', '--max-retries', '0', '--debug'], env)
      expect(result.code).toBe(1)
      expect(result.stderr).toContain('***')
      expect(result.stderr).not.toContain(quoted)
      expect(result.stderr).not.toContain(JSON.stringify(quoted).slice(1, -1))
      expect(result.stderr).not.toContain(encodeURIComponent(quoted))
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
    // Each redraw starts by clearing the line, and the last write clears it for good. The
    // counts are the client's (its pages overlap, so a page may add fewer keys than it holds).
    const [before, first, ...updates] = result.stderr.split(clear)
    expect([before, first, updates.pop()]).toEqual(['', 'Fetching keys…', ''])
    expect(updates.length).toBeGreaterThanOrEqual(3)
    const counts = updates.map((line) => {
      const match = /^Fetching keys… (\d+) pages?, (\d+) keys? so far$/.exec(line)
      expect(match, line).not.toBeNull()
      return [Number(match![1]), Number(match![2])]
    })
    expect(counts[0]).toEqual([1, 10])
    expect(counts.at(-1)).toEqual([counts.length, total])
    expect(JSON.parse(result.stdout)).toHaveLength(total)
  })

  test('ORK_FORCE_TTY=1 with COLUMNS=30: each progress line fits in 29 cells, so it never wraps', async () => {
    const { ork } = await start({ seed: 250, pageSize: 10 })
    const result = await ork(['keys', 'list', '--json'], { ORK_FORCE_TTY: '1', COLUMNS: '30' })
    expect(result.code).toBe(0)
    const lines = result.stderr.split('\r\u001b[2K').filter((line) => line !== '')
    expect(lines.length).toBeGreaterThan(20)
    // Lines longer than that were cut, with … in the last of the 29 cells.
    expect(lines.filter((line) => line.endsWith('…') && stringWidth(line) === 29)).not.toEqual([])
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(29)
  })

  test.skipIf(!existsSync('/usr/bin/script'))(
    'on a real 30-column pseudo-terminal: the progress line is cut to fit, the table too',
    async () => {
      const { env } = await start({ seed: 250, pageSize: 10 })
      const ork = [process.execPath, ORK_BIN, 'keys', 'list', '--columns', 'name,usage']
      const command = `stty cols 30 rows 24 && ${ork.map(shellQuote).join(' ')}`
      const result = await runOrk(['-qec', command, '/dev/null'], { ...env, NO_COLOR: '1' }, [
        '/usr/bin/script',
      ])
      expect(result.code).toBe(0)
      // The pty turns \n into \r\n; the progress redraws start with \r ESC[2K.
      const [progress, table] = splitLast(result.stdout, '\r\u001b[2K')
      const redraws = progress.split('\r\u001b[2K').filter((line) => line !== '')
      expect(redraws.length).toBeGreaterThan(20)
      for (const line of redraws) expect(stringWidth(line)).toBeLessThanOrEqual(29)
      const rows = table.trimEnd().split('\r\n')
      expect(rows[0]).toMatch(/^NAME +USAGE$/)
      for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(30)
    },
  )

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

/** `text` cut at the last `separator`: what comes before it and what comes after. */
function splitLast(text: string, separator: string): [string, string] {
  const index = text.lastIndexOf(separator)
  return [text.slice(0, index), text.slice(index + separator.length)]
}
