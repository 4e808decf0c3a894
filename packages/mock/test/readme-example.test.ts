// keys.test.ts: testing your own code against the mock
import { createMockServer, type MockListener, type MockServer } from '@openrouter-kit/mock'
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

// Your code under test: here a tiny function that lists every enabled key's name, page by page.
async function listKeyNames(baseURL: string, apiKey: string): Promise<string[]> {
  const names: string[] = []
  for (let offset = 0; ; ) {
    const response = await fetch(`${baseURL}/keys?offset=${offset}`, {
      headers: { authorization: `Bearer ${apiKey}` },
    })
    if (!response.ok) throw new Error(`GET /keys failed with ${response.status}`)
    const { data } = (await response.json()) as { data: { name: string }[] }
    if (data.length === 0) return names
    names.push(...data.map((key) => key.name))
    offset += data.length
  }
}

let mock: MockServer
let server: MockListener
const apiKey = 'sk-or-v1-test-management-key'

beforeAll(async () => {
  mock = createMockServer({ seed: 250, managementKeys: [apiKey] })
  server = await mock.listen() // 127.0.0.1 on a free port
})
afterAll(() => server.close())
beforeEach(() => {
  mock.clearFaults()
  mock.clearRequests()
})

it('reads every page', async () => {
  const names = await listKeyNames(server.url, apiKey)
  expect(names).toEqual(mock.listKeys().map((key) => key.name))
  // 250 keys, some disabled: three pages of enabled keys, then an empty page ends the loop.
  expect(mock.requests.map((request) => request.status)).toEqual([200, 200, 200, 200])
})

it('sees a key added while it runs', async () => {
  mock.addKey({ name: 'Created by the test' })
  expect((await listKeyNames(server.url, apiKey))[0]).toBe('Created by the test')
})

it('surfaces a rate limit', async () => {
  mock.enqueueFaults({ status: 429, retryAfter: 1 })
  await expect(listKeyNames(server.url, apiKey)).rejects.toThrow('GET /keys failed with 429')
})

it('surfaces a dropped connection', async () => {
  mock.enqueueFaults({ drop: true })
  await expect(listKeyNames(server.url, apiKey)).rejects.toThrow(TypeError)
})
