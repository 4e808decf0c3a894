// createMockServer: wires state, faults, hooks, the log and the Hono app to two transports,
// in-process `fetch` and a real HTTP listener, and exposes the state API for tests.
import { createApp, type MockBindings, type RequestControl } from './app'
import { DEFAULT_REQUEST_LOG_LIMIT, MOCK_MANAGEMENT_KEY } from './constants'
import { type ChaosOptions, type Fault, FaultPlan } from './faults'
import { assertLatency, Latency, type LatencyMs } from './latency'
import { type ListenOptions, listen, type MockListener } from './listen'
import { assertMockServerOptions, type MockServerOptions } from './options'
import { type RequestHook, RequestHooks } from './request-hooks'
import { RequestLog, type RequestLogEntry } from './request-log'
import { RANDOM_STREAMS } from './seed-account'
import { createState } from './state'
import { createStateApi, type MockStateApi } from './state-api'

export type { MockServerOptions } from './options'

export interface MockServer extends MockStateApi {
  /** Web-standard handler: no socket involved. Also accepts `fetch`-style `(url, init)`. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>
  listen(options?: ListenOptions): Promise<MockListener>
  /**
   * Runs `hook` before the handler of every operation request (after authentication and
   * decoding); returns the function that removes it.
   */
  onRequest(hook: RequestHook): () => void
  enqueueFaults(...faults: Fault[]): void
  clearFaults(): void
  setChaos(chaos: ChaosOptions | null): void
  /** Latency added to every request from now on (null: none). */
  setLatency(latencyMs: LatencyMs | null): void
  /** The most recent `requestLogLimit` requests (default 1,000), oldest first. */
  readonly requests: ReadonlyArray<RequestLogEntry>
  clearRequests(): void
  /** Requests received but not answered yet (e.g. parked in a `delayMs` fault). */
  readonly inFlight: number
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
  const state = createState(options, randomSeed)
  const faults = new FaultPlan(randomSeed)
  if (options.faults !== undefined) faults.enqueue(options.faults, 'createMockServer: faults')
  if (options.chaos !== undefined) faults.setChaos(options.chaos, 'createMockServer: chaos')
  const latency = new Latency(randomSeed + RANDOM_STREAMS.latency)
  if (options.latencyMs !== undefined) latency.set(options.latencyMs)
  const hooks = new RequestHooks()

  const log = new RequestLog(options.requestLogLimit ?? DEFAULT_REQUEST_LOG_LIMIT)
  let requestCounter = 0
  let inFlight = 0
  const app = createApp({
    state,
    faults,
    latency,
    hooks,
    managementKeys: new Set(managementKeys),
    nextRequestId: () => {
      inFlight++
      return `req_${++requestCounter}`
    },
    record: (entry) => {
      inFlight--
      if (log.keepsEntries) log.add(entry())
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
    ...createStateApi(state),
    onRequest: (hook) => hooks.add(hook),
    enqueueFaults: (...added) => faults.enqueue(added),
    clearFaults: () => faults.clear(),
    setChaos: (chaos) => faults.setChaos(chaos),
    setLatency: (latencyMs) => {
      if (latencyMs !== null) assertLatency(latencyMs, 'setLatency: latencyMs')
      latency.set(latencyMs)
    },
    get requests() {
      return log.list()
    },
    clearRequests: () => log.clear(),
    get inFlight() {
      return inFlight
    },
  }
}
