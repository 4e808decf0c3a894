// Shared test helpers: a mock server over real HTTP on 127.0.0.1, hostile servers for what the
// mock refuses to do, and a record of every error message and log line the suite produces, so
// that each test file can end by scanning them for the key (scanRecordsForKey).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockServer, MOCK_MANAGEMENT_KEY, type MockServerOptions } from '@openrouter-kit/mock'
import { afterEach, expect, it } from 'vitest'
import type { Logger } from '../src/index'

export const KEY = MOCK_MANAGEMENT_KEY

// Everything the client produced in this test file (each file runs in its own worker).
const records: string[] = []
// Secrets the final scan looks for besides KEY (keys with odd characters used by a test).
const secrets = new Set<string>([KEY])

/** Adds `secret` to what scanRecordsForKey looks for; returns it. */
export function secret(value: string): string {
  secrets.add(value)
  return value
}

/** Adds text produced by the client (an error, a log line, a response body) to the record. */
export function record(...texts: unknown[]): void {
  for (const text of texts) records.push(String(text))
}

/**
 * Call last in every test file: a test that scans every error and log line the file produced
 * for the key. Tests run in order within a file, so this one sees all of them.
 */
export function scanRecordsForKey(): void {
  it('leaks the API key in no error message, String, JSON, stack or log line', () => {
    expect(records.length).toBeGreaterThan(0)
    for (const text of records) {
      for (const value of secrets) expect(text).not.toContain(value)
    }
  })
}

/** Records everything a caller could see or log of an error: message, String, JSON, stack. */
export function recordError(error: unknown): unknown {
  const e = error as Error & { headers?: Headers; requestId?: unknown }
  record(e?.message, String(e), JSON.stringify(e), e?.stack, String((e?.cause as Error)?.message))
  if (e?.headers instanceof Headers) record(JSON.stringify([...e.headers]), e.requestId)
  return error
}

/** Awaits `promise`, expecting it to reject; records and returns the error. */
export async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (error) {
    return recordError(error) as Error
  }
  throw new Error('expected a rejection, got a result')
}

/** A logger that records every line (message and data) and keeps them for assertions. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = []
  const log = (message: string, ...data: unknown[]) => {
    const line = `${message} ${JSON.stringify(data)}`
    lines.push(line)
    record(line)
  }
  return { lines, debug: log, info: log, warn: log, error: log }
}

const open: Array<() => Promise<void>> = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()))
})

/** A mock server listening on a random port; closed after the test. */
export async function startMock(options: MockServerOptions = {}) {
  const mock = createMockServer(options)
  const { url, close } = await mock.listen({ port: 0, host: '127.0.0.1' })
  open.push(close)
  return { mock, url }
}

/** A request as a hostile server saw it. */
export interface SeenRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
}

/**
 * A plain node:http server on 127.0.0.1 (random port) answering with `handler`: for what the
 * mock will not do (illegal headers, redirects, gzip bombs, odd statuses). Closed after the test.
 */
export async function startServer(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
) {
  const requests: SeenRequest[] = []
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    })
    handler(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  return { url: `http://127.0.0.1:${port}`, requests }
}

/** The bearer token of a request a hostile server received. */
export const bearerOf = (request: IncomingMessage) =>
  (request.headers.authorization ?? '').replace(/^Bearer /, '')
