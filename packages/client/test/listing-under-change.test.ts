// Listings you can trust, against the mock: a 1,000-key account that changes at random between
// pages (keys created, deleted before and after the cursor, disabled), at concurrency 1, 4 and
// 16, 50 seeds each; the same under chaos faults; the inventory against per-workspace listings;
// abort and break leaving no request in flight. The 50-seed runs use the mock's in-process
// fetch (the same routes and state, no sockets) to stay fast; one run per concurrency goes over
// real HTTP.
import { createMockServer, type MockServer } from '@openrouter-kit/mock'
import { describe, expect, it } from 'vitest'
import { APIUserAbortError, createOpenRouterClient } from '../src/index'
import { KEY, record, scanRecordsForKey, startMock } from './harness'

const ACCOUNT_SIZE = 1_000
const SEEDS = 50

/** mulberry32, so a failing seed can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Before each page request: 0-3 random changes. Returns the keys that were enabled at the start
 * and that no change touched (the ones the listing must yield exactly once). The listing order
 * is mirrored here (newest first, enabled keys only) so that a change can pick a key before the
 * cursor as often as after it without copying the account each time.
 */
function changeBetweenPages(mock: MockServer, seed: number) {
  const next = random(seed)
  const order = mock.listKeys().map((key) => key.hash)
  const initial = [...order]
  const touched = new Set<string>()
  let created = 0
  const stop = mock.onRequest(({ operation }) => {
    if (operation !== 'listApiKeys') return
    const changes = Math.floor(next() * 4)
    for (let change = 0; change < changes; change++) {
      const roll = next()
      if (roll < 0.3 || order.length === 0) {
        order.unshift(mock.addKey({ name: `created-${seed}-${created++}` }).hash)
        continue
      }
      const [victim] = order.splice(Math.floor(next() * order.length), 1)
      if (victim === undefined) continue
      touched.add(victim)
      if (roll < 0.7) mock.removeKey(victim)
      else mock.disableKey(victim)
    }
  })
  return { survivors: () => initial.filter((hash) => !touched.has(hash)), stop }
}

function expectExactlyOnce(listed: string[], survivors: string[], label: string) {
  expect(new Set(listed).size, `${label}: a key appeared twice`).toBe(listed.length)
  const got = new Set(listed)
  expect(
    survivors.filter((hash) => !got.has(hash)),
    `${label}: keys that lived throughout are missing`,
  ).toEqual([])
}

describe('exactly once while the account changes', () => {
  // About 0.1 s a seed: a fresh 1,000-key mock and an 11-page listing.
  it.each([1, 4, 16])(
    `concurrency %i, ${SEEDS} seeds, in-process: every key that lived throughout appears once`,
    { timeout: 60_000 },
    async (concurrency) => {
      for (let seed = 1; seed <= SEEDS; seed++) {
        const mock = createMockServer({ seed: ACCOUNT_SIZE, randomSeed: seed })
        const client = createOpenRouterClient({
          apiKey: KEY,
          baseURL: 'http://mock.test/api/v1',
          fetch: mock.fetch,
        })
        const change = changeBetweenPages(mock, seed)
        const listed: string[] = []
        for await (const key of client.keys.listAll({}, { concurrency })) listed.push(key.hash)
        change.stop()
        expectExactlyOnce(listed, change.survivors(), `seed ${seed}, concurrency ${concurrency}`)
      }
    },
  )

  it.each([1, 4, 16])('concurrency %i over real HTTP', async (concurrency) => {
    const { mock, url } = await startMock({ seed: ACCOUNT_SIZE, randomSeed: 7 })
    const change = changeBetweenPages(mock, 7)
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const listed = (await client.keys.listAll({}, { concurrency }).toArray()).map((key) => key.hash)
    change.stop()
    expectExactlyOnce(listed, change.survivors(), `HTTP, concurrency ${concurrency}`)
  })

  // Dropped connections and timeouts are retried after the client's own backoff (0.5 s, 1 s...),
  // so these runs list 300 keys, 5 seeds each.
  it.each([1, 4])(
    'concurrency %i under chaos (500, 429, dropped connections, timeouts)',
    { timeout: 60_000 },
    async (concurrency) => {
      for (let seed = 1; seed <= 5; seed++) {
        const mock = createMockServer({ seed: 300, randomSeed: seed })
        mock.setChaos({
          rate: 0.2,
          seed,
          operation: 'listApiKeys',
          // Server-asked waits of 1 ms keep the retries fast; the delay outlasts the timeout.
          faults: [
            { status: 500, retryAfterMs: 1 },
            { status: 429, retryAfterMs: 1 },
            { drop: true },
            { delayMs: 200 },
          ],
        })
        const client = createOpenRouterClient({
          apiKey: KEY,
          baseURL: 'http://mock.test/api/v1',
          fetch: mock.fetch,
          timeout: 50,
          maxRetries: 8,
        })
        const change = changeBetweenPages(mock, seed)
        const listed = (await client.keys.listAll({}, { concurrency }).toArray()).map(
          (key) => key.hash,
        )
        change.stop()
        expectExactlyOnce(
          listed,
          change.survivors(),
          `chaos seed ${seed}, concurrency ${concurrency}`,
        )
      }
    },
  )
})

describe('inventory', () => {
  it('over three seeded workspaces equals the union of the per-workspace listings, each key once', async () => {
    const { mock, url } = await startMock({ seed: 250, workspaces: 2, keysPerWorkspace: 130 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const workspaces = await client.workspaces.listAll().toArray()
    expect(workspaces).toHaveLength(3)
    const union: string[] = []
    for (const workspace of workspaces) {
      for await (const key of client.keys.listAll({
        workspace_id: workspace.id,
        include_disabled: true,
      })) {
        expect(key.workspace_id).toBe(workspace.id)
        union.push(key.hash)
      }
    }
    const inventory = await client.keys
      .inventory({ include_disabled: true }, { concurrency: 8 })
      .toArray()
    const hashes = inventory.map((key) => key.hash)
    expect(new Set(hashes).size).toBe(hashes.length)
    expect([...hashes].sort()).toEqual([...union].sort())
    expect(hashes.length).toBe(
      mock
        .listWorkspaces()
        .reduce(
          (sum, workspace) =>
            sum + mock.listKeys({ workspaceId: workspace.id, includeDisabled: true }).length,
          0,
        ),
    )
    record(JSON.stringify(inventory.slice(0, 3)))
  })

  it('a workspace that fails after the retries fails the inventory, naming the workspace', async () => {
    const { mock, url } = await startMock({ seed: 20, workspaces: 2, keysPerWorkspace: 5 })
    const [, second] = mock.listWorkspaces()
    // A hook that throws answers that one request with a 500.
    mock.onRequest(({ operation, query }) => {
      if (operation === 'listApiKeys' && query.workspace_id === second?.id) throw new Error('down')
    })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, maxRetries: 0 })
    const error = await client.keys
      .inventory()
      .toArray()
      .catch((caught: unknown) => caught)
    expect((error as Error).message).toContain(`workspace "${second?.name}" (${second?.id})`)
    record((error as Error).message)
  })
})

describe('abort and break', () => {
  it('a break mid-listing leaves no request in flight and sends none after', async () => {
    const { mock, url } = await startMock({ seed: ACCOUNT_SIZE, latencyMs: [5, 40] })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    let count = 0
    for await (const _key of client.keys.listAll({}, { concurrency: 8 })) {
      if (++count === 250) break
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
    const sent = mock.requests.length
    expect(mock.inFlight).toBe(0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(mock.requests.length).toBe(sent)
  })

  it('an abort mid-listing rejects with APIUserAbortError and leaves no request in flight', async () => {
    const { mock, url } = await startMock({ seed: ACCOUNT_SIZE, latencyMs: [5, 40] })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const controller = new AbortController()
    let count = 0
    const error = await (async () => {
      for await (const _key of client.keys.listAll(
        {},
        { concurrency: 8, signal: controller.signal },
      )) {
        if (++count === 250) controller.abort()
      }
    })().catch((caught: unknown) => caught)
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(mock.inFlight).toBe(0)
  })
})

scanRecordsForKey()
