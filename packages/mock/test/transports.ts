// Runs the same behaviour tests over both transports: in-process `mock.fetch` and real HTTP on
// 127.0.0.1 with a random port.
import { afterEach } from 'vitest'
import {
  createMockServer,
  MOCK_MANAGEMENT_KEY,
  type MockServer,
  type MockServerOptions,
} from '../src/index'

export type TransportKind = 'in-process' | 'http'
export const TRANSPORTS: TransportKind[] = ['in-process', 'http']

export interface Transport {
  base: string
  request(path: string, init?: RequestInit): Promise<Response>
  close(): Promise<void>
}

export const AUTH = { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` }

export async function connect(kind: TransportKind, mock: MockServer): Promise<Transport> {
  if (kind === 'in-process') {
    const base = 'http://mock.test/api/v1'
    return {
      base,
      request: (path, init) => mock.fetch(`${base}${path}`, init),
      close: async () => {},
    }
  }
  const listener = await mock.listen({ port: 0 })
  return {
    base: listener.url,
    request: (path, init) => fetch(`${listener.url}${path}`, init),
    close: () => listener.close(),
  }
}

/** GET /keys with the default management key. */
export function listKeys(transport: Transport, query = '', init: RequestInit = {}) {
  return transport.request(`/keys${query}`, { ...init, headers: { ...AUTH, ...init.headers } })
}

/**
 * For a `describe.each(TRANSPORTS)` block: returns `open(options)`, which creates a mock and
 * connects to it over `kind`; whatever the test opened is closed after it.
 */
export function openPerTest(kind: TransportKind) {
  let transport: Transport | undefined
  afterEach(async () => {
    await transport?.close()
    transport = undefined
  })
  return async (options: MockServerOptions = {}) => {
    const mock = createMockServer(options)
    transport = await connect(kind, mock)
    return { mock, transport }
  }
}

export interface CallOptions {
  method?: string
  /** Sent as JSON; a string is sent as it is. */
  body?: unknown
  /** Bearer token; default the mock's management key; null sends no Authorization. */
  token?: string | null
  signal?: AbortSignal
}

/** One request with a JSON body and a bearer token. */
export function call(transport: Transport, path: string, options: CallOptions = {}) {
  const { method = 'GET', body, token = MOCK_MANAGEMENT_KEY, signal } = options
  const headers: Record<string, string> = {}
  if (token !== null) headers.authorization = `Bearer ${token}`
  if (body !== undefined) headers['content-type'] = 'application/json'
  // A string is sent as it is, so a test can send text that is not JSON.
  const text = typeof body === 'string' || body === undefined ? body : JSON.stringify(body)
  return transport.request(path, { method, headers, signal, body: text })
}
