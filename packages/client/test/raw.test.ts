// @openrouter-kit/client/raw: openapi-fetch with the client's transport.
import { describe, expect, it } from 'vitest'
import { createOpenRouterClient, createRawClient } from '../src/raw'
import { KEY, recordingLogger, scanRecordsForKey, startMock } from './harness'

describe('createRawClient', () => {
  it('calls typed paths with the key, retries, and returns { data }', async () => {
    const { mock, url } = await startMock({ seed: 5 })
    mock.enqueueFaults({ status: 503, retryAfterMs: 1 })
    const logger = recordingLogger()
    const raw = createRawClient({ apiKey: KEY, baseURL: url, logger })
    const { data, error } = await raw.GET('/keys', { params: { query: { offset: 1 } } })
    expect(error).toBeUndefined()
    expect(data?.data).toHaveLength(4)
    expect(mock.requests.map((r) => r.status)).toEqual([503, 200])
  })

  it("keeps openapi-fetch's { error } result for failed responses", async () => {
    const { mock, url } = await startMock()
    mock.enqueueFaults({ status: 404 })
    const raw = createRawClient({ apiKey: KEY, baseURL: url })
    const { data, error, response } = await raw.GET('/keys')
    expect(data).toBeUndefined()
    expect(response.status).toBe(404)
    expect(error).toMatchObject({ error: { code: 404 } })
  })
})

describe('createOpenRouterClient from /raw', () => {
  it('is the typed client with client.raw on the same options', async () => {
    const { mock, url } = await startMock({ seed: 3 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const page = await client.keys.list()
    const { data } = await client.raw.GET('/keys')
    expect(data?.data.map((k) => k.hash)).toEqual(page.data.map((k) => k.hash))
    expect(mock.requests.map((r) => r.headers.authorization)).toEqual(['Bearer ***', 'Bearer ***'])
  })
})

scanRecordsForKey()
