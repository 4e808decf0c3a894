// createMockServer: wires state, faults, the log and the Hono app to two transports,
// in-process `fetch` and a real HTTP listener.
import type { ApiKey } from '@openrouter-kit/types'
import { createApp, type MockBindings, type RequestControl } from './app'
import {
  DEFAULT_PAGE_SIZE,
  DEFAULT_SEED_COUNT,
  DEFAULT_WORKSPACE_ID,
  MOCK_MANAGEMENT_KEY,
  OTHER_WORKSPACE_ID,
  OTHER_WORKSPACE_KEY_COUNT,
} from './constants'
import { type ChaosOptions, type Fault, FaultPlan } from './faults'
import { KeyStore, type ListKeysFilter } from './key-store'
import { type ListenOptions, listen, type MockListener } from './listen'
import { createRandom } from './random'
import type { RequestLogEntry } from './request-log'
import { createKeyFactory, generateKeys } from './seed-keys'

export interface MockServerOptions {
  /** Explicit keys instead of generated ones; the order given is the listing order. */
  keys?: ApiKey[]
  /** How many keys to generate in the default workspace. Default 25. */
  seed?: number
  /** PRNG seed for generated keys and chaos. Default 1. */
  randomSeed?: number
  /** Keys per page of `GET /keys`. Default 100. */
  pageSize?: number
  /** Accepted bearer tokens. Default `[MOCK_MANAGEMENT_KEY]`. */
  managementKeys?: string[]
  /** Scripted faults, one consumed per request (preflight OPTIONS excluded). */
  faults?: Fault[]
  /** Seeded random faults (429, 500, 502, dropped connection) at `rate`. */
  chaos?: ChaosOptions
}

export interface MockServer {
  /** Web-standard handler: no socket involved. Also accepts `fetch`-style `(url, init)`. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>
  listen(options?: ListenOptions): Promise<MockListener>
  addKey(partial?: Partial<ApiKey>): ApiKey
  disableKey(hash: string): void
  removeKey(hash: string): void
  listKeys(filter?: ListKeysFilter): ApiKey[]
  enqueueFaults(...faults: Fault[]): void
  clearFaults(): void
  setChaos(chaos: ChaosOptions | null): void
  readonly requests: ReadonlyArray<RequestLogEntry>
  clearRequests(): void
  /** Requests received but not answered yet (e.g. parked in a `delayMs` fault). */
  readonly inFlight: number
}

function assertCount(value: unknown, name: string, min: number): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= min)) {
    throw new TypeError(
      `createMockServer: ${name} must be an integer >= ${min}, got ${JSON.stringify(value)}`,
    )
  }
}

function initialKeys(options: MockServerOptions, randomSeed: number): ApiKey[] {
  if (options.keys !== undefined) {
    if (!Array.isArray(options.keys)) {
      throw new TypeError('createMockServer: keys must be an array of ApiKey objects')
    }
    if (options.seed !== undefined) {
      throw new TypeError('createMockServer: pass either keys or seed, not both')
    }
    return options.keys
  }
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
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createMockServer: options must be an object')
  }
  assertCount(options.seed, 'seed', 0)
  assertCount(options.pageSize, 'pageSize', 1)
  if (options.randomSeed !== undefined && !Number.isInteger(options.randomSeed)) {
    throw new TypeError(
      `createMockServer: randomSeed must be an integer, got ${JSON.stringify(options.randomSeed)}`,
    )
  }
  const managementKeys = options.managementKeys ?? [MOCK_MANAGEMENT_KEY]
  if (
    !Array.isArray(managementKeys) ||
    managementKeys.length === 0 ||
    managementKeys.some((key) => typeof key !== 'string' || key.trim() === '')
  ) {
    // The keys themselves are never printed.
    throw new TypeError(
      'createMockServer: managementKeys must be a non-empty array of non-empty strings',
    )
  }
  const randomSeed = options.randomSeed ?? 1
  // A separate stream for keys added later, so addKey never shifts the seeded listing.
  const store = new KeyStore(
    initialKeys(options, randomSeed),
    createRandom(randomSeed + 0x9e3779b9),
  )
  const faults = new FaultPlan(randomSeed)
  if (options.faults !== undefined) faults.enqueue(options.faults, 'createMockServer: faults')
  if (options.chaos !== undefined) faults.setChaos(options.chaos, 'createMockServer: chaos')

  let log: RequestLogEntry[] = []
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
      log.push(entry)
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
    addKey: (partial) => store.add(partial),
    disableKey: (hash) => store.disable(hash),
    removeKey: (hash) => store.remove(hash),
    listKeys: (filter) => store.list(filter),
    enqueueFaults: (...added) => faults.enqueue(added),
    clearFaults: () => faults.clear(),
    setChaos: (chaos) => faults.setChaos(chaos),
    get requests() {
      return log.slice()
    },
    clearRequests: () => {
      log = []
    },
    get inFlight() {
      return inFlight
    },
  }
}
