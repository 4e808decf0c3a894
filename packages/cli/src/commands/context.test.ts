import { createOpenRouterClient, InvalidRequestError } from '@openrouter-kit/client'
import { createMockServer } from '@openrouter-kit/mock'
import { expect, test } from 'vitest'
import type { Io } from '../io'
import type { GlobalOptions } from '../options'
import { MalformedDataError } from '../output/malformed-data-error'
import { createReporter, secretsOf } from '../report'
import { type CommandBody, runCommand } from './context'

const KEY = 'sk-or-v1-context-test-0123456789abcdef0123456789'
const globals: GlobalOptions = {
  baseUrl: 'http://mock.test/api/v1',
  timeout: undefined,
  maxRetries: 0,
  debug: false,
}

function memoryIo(env: Io['env'] = { OPENROUTER_MANAGEMENT_KEY: KEY }) {
  const output = { stdout: '', stderr: '' }
  const io: Io = {
    stdout: { write: (chunk: string) => (output.stdout += chunk) },
    stderr: { write: (chunk: string) => (output.stderr += chunk) },
    env,
  }
  return { io, output }
}

/** What run() hands a command: this io, its reporter, and `signal`. */
const setting = (io: Io, signal: AbortSignal, options: Partial<GlobalOptions> = {}) => ({
  globals: { ...globals, ...options },
  io,
  report: createReporter(io.stderr, secretsOf(io.env)),
  signal,
})

const never = new AbortController().signal
const listKeys: CommandBody = async ({ client, io, signal }) => {
  const page = await client.keys.list({}, { signal })
  io.stdout.write(`${page.data.length}\n`)
  return 0
}

test('an InvalidRequestError while the client is created is a usage error (exit 2), one line', async () => {
  const { io, output } = memoryIo()
  const code = await runCommand(listKeys, setting(io, never), {
    createClient: () => {
      throw new InvalidRequestError(
        'Invalid baseURL: received "https://***@host", expected no credentials',
      )
    },
  })
  expect(code).toBe(2)
  expect(output).toEqual({
    stdout: '',
    stderr: 'error: Invalid baseURL: received "https://***@host", expected no credentials\n',
  })
})

test('malformed data is one line and exit 1; the stack only with --debug', async () => {
  const body: CommandBody = async () => {
    throw new MalformedDataError(
      'the API sent a key (hash aaaa) whose name is 5; expected a string',
    )
  }
  const plain = memoryIo()
  expect(await runCommand(body, setting(plain.io, never))).toBe(1)
  expect(plain.output.stderr).toBe(
    'error: unexpected response: the API sent a key (hash aaaa) whose name is 5; expected a string\n',
  )

  const debug = memoryIo()
  expect(await runCommand(body, setting(debug.io, never, { debug: true }))).toBe(1)
  const [first, ...stack] = debug.output.stderr.trimEnd().split('\n')
  expect(first).toBe(plain.output.stderr.trimEnd())
  expect(stack[0]).toBe(
    'MalformedDataError: the API sent a key (hash aaaa) whose name is 5; expected a string',
  )
  expect(stack[1]).toMatch(/^\s+at /)
})

test('any other failure (a bug) is one line too, never a crash', async () => {
  const { io, output } = memoryIo()
  const body: CommandBody = async () => {
    const missing = undefined as unknown as { name: string }
    return missing.name.length
  }
  expect(await runCommand(body, setting(io, never))).toBe(1)
  expect(output.stderr).toMatch(
    /^error: unexpected error: Cannot read properties of undefined[^\n]*\n$/,
  )
})

test('a server echoing the key, escape sequences and all: redacted and sanitised', async () => {
  const mock = createMockServer({ managementKeys: [KEY] })
  // A non-JSON body longer than the client's excerpt, with the key across the cut.
  const body = `${'x'.repeat(170)}${KEY}\u001b]0;owned\u0007 ${KEY}`
  mock.enqueueFaults({ status: 502, body, contentType: 'text/plain' })
  const { io, output } = memoryIo()
  const code = await runCommand(listKeys, setting(io, never, { debug: true }), {
    createClient: (options) => createOpenRouterClient({ ...options, fetch: mock.fetch }),
  })
  expect(code).toBe(1)
  expect(output.stderr).toMatch(/^\[ork debug\] GET http:\/\/mock\.test\/api\/v1\/keys/)
  expect(output.stderr).toContain('error: API error: 502 xxx')
  expect(output.stderr).not.toContain(KEY.slice(0, 12))
  expect(output.stderr).not.toContain('\u001b')
  expect(output.stderr).not.toContain('\u0007')
})

test('without OPENROUTER_MANAGEMENT_KEY: exit 4 and nothing is created', async () => {
  const { io, output } = memoryIo({})
  let created = false
  const code = await runCommand(listKeys, setting(io, never), {
    createClient: (options) => {
      created = true
      return createOpenRouterClient(options)
    },
  })
  expect(code).toBe(4)
  expect(created).toBe(false)
  expect(output.stderr).toMatch(/^error: OPENROUTER_MANAGEMENT_KEY is not set; /)
})

test('aborted by the caller: exit 130, no error line', async () => {
  const mock = createMockServer({ managementKeys: [KEY], faults: [{ delayMs: 10_000 }] })
  const interrupt = new AbortController()
  const { io, output } = memoryIo()
  const running = runCommand(listKeys, setting(io, interrupt.signal), {
    createClient: (options) => createOpenRouterClient({ ...options, fetch: mock.fetch }),
  })
  setTimeout(() => interrupt.abort(), 50)
  expect(await running).toBe(130)
  expect(output.stderr).toBe('')
})
