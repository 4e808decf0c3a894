// createMockServer: wires state, faults, hooks, the log and the Hono app to two transports,
// in-process `fetch` and a real HTTP listener, and exposes the state API for tests.
import type { ApiKey, Workspace } from '@openrouter-kit/types'
import { ActivityLog } from './activity'
import { createApp, type MockBindings, type RequestControl } from './app'
import { Clock, type TimeInput, toEpochMilliseconds } from './clock'
import {
  DEFAULT_ACTIVITY_MODEL,
  DEFAULT_PAGE_SIZE,
  DEFAULT_REQUEST_LOG_LIMIT,
  MOCK_MANAGEMENT_KEY,
} from './constants'
import { type ChaosOptions, type Fault, FaultPlan } from './faults'
import { KeyStore, type ListKeysFilter } from './key-store'
import { assertLatency, Latency, type LatencyMs } from './latency'
import { type ListenOptions, listen, type MockListener } from './listen'
import { assertCredits, assertMockServerOptions, type MockServerOptions } from './options'
import { createRandom } from './random'
import { type RequestHook, RequestHooks } from './request-hooks'
import { RequestLog, type RequestLogEntry } from './request-log'
import { RANDOM_STREAMS, seedAccount } from './seed-account'
import { isoSeconds } from './seed-keys'
import type { MockState } from './state'
import {
  assertHash,
  assertListFilter,
  checkedUsage,
  definedKeyFields,
  type UsageOptions,
  updateKeyFields,
} from './state-checks'
import { definedWorkspaceFields } from './workspace-schema'
import { WorkspaceStore } from './workspace-store'

export type { MockServerOptions } from './options'

export interface MockServer {
  /** Web-standard handler: no socket involved. Also accepts `fetch`-style `(url, init)`. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>
  listen(options?: ListenOptions): Promise<MockListener>
  /**
   * Adds a key as the newest; omitted (or undefined) fields are generated. Each given field is
   * checked against the spec's ApiKey schema (a TypeError names a bad one); fields the spec does
   * not list are kept if they are plain JSON. A workspace_id the mock does not have yet gets a
   * workspace.
   */
  addKey(partial?: Partial<ApiKey>): ApiKey
  /** A copy of the key with this hash, or undefined. */
  getKey(hash: string): ApiKey | undefined
  /**
   * Changes the given fields (checked like addKey's; not hash or workspace_id). Sets updated_at
   * to the clock's now unless given, and recomputes limit_remaining when the limit or the usage
   * change and it is not given. Returns the key.
   */
  updateKey(hash: string, patch: Partial<ApiKey>): ApiKey
  disableKey(hash: string): void
  removeKey(hash: string): void
  /** The keys of one workspace in listing order (copies). */
  listKeys(filter?: ListKeysFilter): ApiKey[]
  /**
   * Records `usd` spent by the key: adds it to `usage` and to each usage window (day, week,
   * month, by the mock's clock) the spending falls in, recomputes limit_remaining, and adds it to
   * GET /activity (served once its day is complete). Returns the key.
   */
  recordUsage(hash: string, usd: number, options?: UsageOptions): ApiKey
  /** Fixes the clock at `time` (it stays there until set again); null goes back to the real time. */
  setNow(time: TimeInput | null): void
  /** Adds a workspace (listed last); omitted fields are generated, given ones checked against the spec. */
  addWorkspace(partial?: Partial<Workspace>): Workspace
  /** Every workspace in listing order (copies). */
  listWorkspaces(): Workspace[]
  /** `total_credits` of GET /credits. */
  setCredits(totalCredits: number): void
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
  const clock = new Clock(
    options.now === undefined ? undefined : toEpochMilliseconds(options.now, 'now'),
  )
  const account = seedAccount(options, randomSeed)
  const workspaces = new WorkspaceStore(
    account.workspaces,
    createRandom(randomSeed + RANDOM_STREAMS.workspaces + 1),
    clock,
  )
  // Explicit keys may name workspaces the seeds do not have.
  for (const key of account.keys) workspaces.ensure(key.workspace_id)
  const state: MockState = {
    // A separate stream for keys added later, so addKey never shifts the seeded listing.
    keys: new KeyStore(
      account.keys,
      createRandom(randomSeed + RANDOM_STREAMS.keysAddedLater),
      clock,
    ),
    workspaces,
    activity: new ActivityLog(),
    clock,
    credits: { total: account.totalCredits },
    secrets: createRandom(randomSeed + RANDOM_STREAMS.secrets),
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
  }
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

  const checkedHash = (hash: unknown, where: string): string => {
    assertHash(hash, where)
    if (!state.keys.has(hash)) {
      throw new TypeError(`${where}: no key with hash ${JSON.stringify(hash)}`)
    }
    return hash
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
    addKey: (partial = {}) => {
      const fields = definedKeyFields(partial, 'addKey')
      if (fields.workspace_id !== undefined) workspaces.ensure(fields.workspace_id)
      return state.keys.add(fields, 'addKey')
    },
    getKey: (hash) => {
      assertHash(hash, 'getKey')
      return state.keys.get(hash)
    },
    updateKey: (hash, patch) => {
      checkedHash(hash, 'updateKey')
      const fields = updateKeyFields(patch, 'updateKey')
      return state.keys.update(
        hash,
        { updated_at: isoSeconds(clock.now()), ...fields },
        'updateKey',
      )
    },
    disableKey: (hash) => {
      checkedHash(hash, 'disableKey')
      state.keys.update(hash, { disabled: true, updated_at: isoSeconds(clock.now()) }, 'disableKey')
    },
    removeKey: (hash) => {
      checkedHash(hash, 'removeKey')
      state.keys.remove(hash, 'removeKey')
    },
    listKeys: (filter) => {
      assertListFilter(filter, 'listKeys')
      return state.keys.list(filter)
    },
    recordUsage: (hash, usd, usageOptions) => {
      checkedHash(hash, 'recordUsage')
      const usage = checkedUsage(usd, usageOptions, clock.now(), 'recordUsage')
      const key = state.keys.recordUsage(hash, usage.usd, usage.spentAt, 'recordUsage')
      state.activity.record({
        spentAt: usage.spentAt,
        hash,
        workspaceId: key.workspace_id,
        userId: key.creator_user_id,
        model: usage.model ?? DEFAULT_ACTIVITY_MODEL,
        usd: usage.usd,
      })
      return key
    },
    setNow: (time) => {
      clock.set(time === null ? undefined : toEpochMilliseconds(time, 'setNow: time'))
    },
    addWorkspace: (partial = {}) =>
      workspaces.add(definedWorkspaceFields(partial, 'addWorkspace'), 'addWorkspace'),
    listWorkspaces: () => workspaces.list(),
    setCredits: (totalCredits) => {
      assertCredits(totalCredits, 'setCredits: totalCredits')
      state.credits.total = totalCredits
    },
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
