// Shared test helpers: a mock server over real HTTP on 127.0.0.1, and a record of every error
// message and log line the suite produces, so that secrets.test.ts can scan them for the key.
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { createMockServer, MOCK_MANAGEMENT_KEY, type MockServerOptions } from '@openrouter-kit/mock'
import { afterEach } from 'vitest'
import type { Logger } from '../src/index'

export const KEY = MOCK_MANAGEMENT_KEY

// Every test file runs in its own worker, so the record goes to a file that the final scan reads.
export const RECORD_DIR = join(import.meta.dirname, '..', '.vitest', 'secret-scan')
mkdirSync(RECORD_DIR, { recursive: true })
const recordFile = join(RECORD_DIR, `${process.pid}-${Math.random().toString(36).slice(2)}.log`)

/** Adds text produced by the client (an error, a log line) to the suite-wide record. */
export function record(...texts: unknown[]): void {
  for (const text of texts) appendFileSync(recordFile, `${String(text)}\n`)
}

/** Records everything a caller could see or log of an error: message, String, JSON, stack. */
export function recordError(error: unknown): unknown {
  const e = error as Error
  record(e?.message, String(e), JSON.stringify(e), e?.stack, String((e?.cause as Error)?.message))
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
