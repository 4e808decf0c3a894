// keys.test.ts: testing your own code against the mock
import { createMockServer, type MockListener, type MockServer } from '@openrouter-kit/mock'
import { afterEach, beforeEach, expect, it } from 'vitest'

type Key = { hash: string; limit_remaining: number | null }

// Your code under test: disables every key that has spent its whole limit.
async function disableOverspentKeys(baseURL: string, managementKey: string): Promise<string[]> {
  const headers = { authorization: `Bearer ${managementKey}`, 'content-type': 'application/json' }
  const overspent: string[] = []
  // List first, disable after: disabling while paging would shift the later pages.
  for (let offset = 0; ; ) {
    const response = await fetch(`${baseURL}/keys?offset=${offset}`, { headers })
    if (!response.ok) throw new Error(`GET /keys failed with ${response.status}`)
    const { data } = (await response.json()) as { data: Key[] }
    if (data.length === 0) break
    overspent.push(...data.filter((key) => key.limit_remaining === 0).map((key) => key.hash))
    offset += data.length
  }
  for (const hash of overspent) {
    const response = await fetch(`${baseURL}/keys/${hash}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ disabled: true }),
    })
    if (!response.ok) throw new Error(`PATCH /keys/${hash} failed with ${response.status}`)
  }
  return overspent
}

const managementKey = 'sk-or-v1-test-management-key'
let mock: MockServer
let server: MockListener

beforeEach(async () => {
  // No seeded keys in the default workspace, and a clock that only moves when told to.
  mock = createMockServer({ seed: 0, managementKeys: [managementKey], now: '2026-03-11T10:00:00Z' })
  server = await mock.listen() // 127.0.0.1 on a free port
})
afterEach(() => server.close())

/** A key with a daily limit, created the way your app creates them. */
async function createKey(name: string, limit: number): Promise<string> {
  const response = await fetch(`${server.url}/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${managementKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, limit, limit_reset: 'daily' }),
  })
  return ((await response.json()) as { data: Key }).data.hash
}

it('disables the key that went over its limit, and only that one', async () => {
  const spender = await createKey('Customer A', 10)
  const saver = await createKey('Customer B', 10)
  mock.recordUsage(spender, 12.5) // more than its limit: limit_remaining is 0
  mock.recordUsage(saver, 3)

  expect(await disableOverspentKeys(server.url, managementKey)).toEqual([spender])
  expect(mock.getKey(spender)?.disabled).toBe(true)
  expect(mock.getKey(saver)?.disabled).toBe(false)
  expect(mock.requests.filter((request) => request.operation === 'updateApiKey')).toHaveLength(1)
})

it('leaves a daily limit alone once the day is over', async () => {
  const key = await createKey('Customer A', 10)
  mock.recordUsage(key, 10)
  mock.setNow('2026-03-12T00:00:00Z') // a new UTC day: usage_daily is 0 again
  expect(await disableOverspentKeys(server.url, managementKey)).toEqual([])
  expect(mock.getKey(key)?.limit_remaining).toBe(10)
})

it('reports a disable that failed', async () => {
  const key = await createKey('Customer A', 10)
  mock.recordUsage(key, 11)
  mock.enqueueFaults({ operation: 'updateApiKey', status: 500 })
  await expect(disableOverspentKeys(server.url, managementKey)).rejects.toThrow(
    `PATCH /keys/${key} failed with 500`,
  )
  expect(mock.getKey(key)?.disabled).toBe(false)
})

it('surfaces a connection dropped while listing', async () => {
  mock.enqueueFaults({ operation: 'listApiKeys', drop: true })
  await expect(disableOverspentKeys(server.url, managementKey)).rejects.toThrow(TypeError)
})
