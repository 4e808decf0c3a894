// createMockServer: wires state, faults, the log and the Hono app to two transports,
// in-process `fetch` and a real HTTP listener.
import type { ApiKey } from '@openrouter-kit/types'
import { createApp, type MockBindings, type RequestControl } from './app'
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_SEED_COUNT,
  DEFAULT_WORKSPACE_ID,
  MOCK_MANAGEMENT_KEY,
  OTHER_WORKSPACE_ID,
  OTHER_WORKSPACE_KEY_COUNT,
} from './constants'
import { type ChaosOptions, type Fault, FaultPlan } from './faults'
import { KeyStore, type ListKeysFilter } from './key-store'
import { type ListenOptions, listen, type MockListener } from './listen'
import { assertMockServerOptions, type MockServerOptions } from './options'
import { createRandom } from './random'
import { RequestLog, type RequestLogEntry } from './request-log'
import { createKeyFactory, generateKeys } from './seed-keys'
import { assertHash, assertListFilter, definedKeyFields } from './state-checks'

export type { MockServerOptions } from './options'

export interface MockServer {
  /** Web-standard handler: no socket involved. Also accepts `fetch`-style `(url, init)`. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>
  listen(options?: ListenOptions): Promise<MockListener>
  /**
   * Adds a key as the newest; omitted (or undefined) fields are generated. Each given field is
   * checked against the spec's ApiKey schema (a TypeError names a bad one); fields the spec does
   * not list are kept if they are plain JSON.
   */
  addKey(partial?: Partial<ApiKey>): ApiKey
  disableKey(hash: string): void
  removeKey(hash: string): void
  listKeys(filter?: ListKeysFilter): ApiKey[]
  enqueueFaults(...faults: Fault[]): void
  clearFaults(): void
  setChaos(chaos: ChaosOptions | null): void
  /** The most recent `requestLogLimit` requests (default 1,000), oldest first. */
  readonly requests: ReadonlyArray<RequestLogEntry>
  clearRequests(): void
  /** Requests received but not answered yet (e.g. parked in a `delayMs` fault). */
  readonly inFlight: number
}

/** The `keys` option (already checked) or generated keys. */
function initialKeys(options: MockServerOptions, randomSeed: number): ApiKey[] {
  if (options.keys !== undefined) return options.keys
  const random = createRandom(randomSeed)
  const factory = createKeyFactory(random)
  return [
    ...generateKeys(factory, random, options.seed ?? DEFAULT_SEED_COUNT, DEFAULT_WORKSPACE_ID),
    ...generateKeys(factory, random, OTHER_WORKSPACE_KEY_COUNT, OTHER_WORKSPACE_ID),
  ]
}

/** What an in-process caller sees when the mock drops the connection: what undici's fetch throws. */
function connectionDropped(): TypeError {
  const cause = Object.assign(new Error('other side closed (mock dropped the connection)'), {
    code: 'ECONNRESET',
  })
  return new TypeError('fetch failed', { cause })
}

export function createMockServer(options: MockServerOptions = {}): MockServer {
  assertMockServerOptions(options)
  const managementKeys = options.managementKeys ?? [MOCK_MANAGEMENT_KEY]
  const randomSeed = options.randomSeed ?? 1
  // A separate stream for keys added later, so addKey never shifts the seeded listing.
  const store = new KeyStore(
    initialKeys(options, randomSeed),
    createRandom(randomSeed + 0x9e3779b9),
  )
  const faults = new FaultPlan(randomSeed)
  if (options.faults !== undefined) faults.enqueue(options.faults, 'createMockServer: faults')
  if (options.chaos !== undefined) faults.setChaos(options.chaos, 'createMockServer: chaos')

  const log = new RequestLog(options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT)
  let requestCounter = 0
  let inFlight = 0
  const app = createApp({
    store,
    faults,
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
    managementKeys: new Set(managementKeys),
    nextRequestId: () => {
      inFlight++
      return `req_${++requestCounter}`
    },
    record: (entry) => {
      inFlight--
      log.add(entry)
    },
  })

  const inProcessFetch = async (input: Request | string | URL, init?: RequestInit) => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init)
    if (request.signal.aborted) throw request.signal.reason
    const control: RequestControl = { dropped: false }
    const response = await app.fetch(request, { control } satisfies MockBindings)
    if (control.dropped) {
      // An abort by the caller wins, exactly like fetch rejecting with the signal's reason.
      throw request.signal.aborted ? request.signal.reason : connectionDropped()
    }
    return response
  }

  return {
    fetch: inProcessFetch,
    listen: (listenOptions) =>
      listen(async (request, { incoming, shutdown }) => {
        const control: RequestControl = { dropped: false, shutdown }
        const response = await app.fetch(request, { incoming, control } satisfies MockBindings)
        // A real reset: the client sees the socket close with no response at all.
        if (control.dropped) incoming?.socket.destroy()
        return response
      }, listenOptions),
    addKey: (partial = {}) => store.add(definedKeyFields(partial, 'addKey')),
    disableKey: (hash) => {
      assertHash(hash, 'disableKey')
      store.disable(hash)
    },
    removeKey: (hash) => {
      assertHash(hash, 'removeKey')
      store.remove(hash)
    },
    listKeys: (filter) => {
      assertListFilter(filter, 'listKeys')
      return store.list(filter)
    },
    enqueueFaults: (...added) => faults.enqueue(added),
    clearFaults: () => faults.clear(),
    setChaos: (chaos) => faults.setChaos(chaos),
    get requests() {
      return log.list()
    },
    clearRequests: () => log.clear(),
    get inFlight() {
      return inFlight
    },
  }
}
