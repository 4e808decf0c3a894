// Runs the same behaviour tests over both transports: in-process `mock.fetch` and real HTTP on
// 127.0.0.1 with a random port.
import { MOCK_MANAGEMENT_KEY, type MockServer } from '../src/index'

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
