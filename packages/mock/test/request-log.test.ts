// Item: "the request log grows without bound". `requests` keeps the last `requestLogLimit`
// entries (default 1,000), in the order the requests were answered.
import { describe, expect, it } from 'vitest'
import { createMockServer, DEFAULT_REQUEST_LOG_LIMIT, MOCK_MANAGEMENT_KEY } from '../src/index'
import { listKeys, openPerTest, TRANSPORTS } from './transports'

describe.each(TRANSPORTS)('request log cap (%s)', (kind) => {
  const open = openPerTest(kind)

  it('keeps the last requestLogLimit requests, oldest first', async () => {
    const { mock, transport } = await open({ requestLogLimit: 3 })
    for (let offset = 0; offset < 5; offset++) await listKeys(transport, `?offset=${offset}`)
    expect(mock.requests.map((entry) => [entry.requestId, entry.query.offset])).toEqual([
      ['req_3', '2'],
      ['req_4', '3'],
      ['req_5', '4'],
    ])
    mock.clearRequests()
    await listKeys(transport)
    expect(mock.requests.map((entry) => entry.requestId)).toEqual(['req_6'])
  })

  it('keeps none with requestLogLimit 0, and still answers', async () => {
    const { mock, transport } = await open({ requestLogLimit: 0 })
    expect((await listKeys(transport)).status).toBe(200)
    expect(mock.requests).toEqual([])
  })
})

describe('the default cap (in-process)', () => {
  it(`is ${DEFAULT_REQUEST_LOG_LIMIT} entries: the most recent ones`, async () => {
    expect(DEFAULT_REQUEST_LOG_LIMIT).toBe(1_000)
    const mock = createMockServer({ seed: 1 })
    const total = DEFAULT_REQUEST_LOG_LIMIT + 5
    for (let n = 0; n < total; n++) {
      await mock.fetch('http://mock.test/api/v1/keys', {
        headers: { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` },
      })
    }
    const kept = mock.requests
    expect(kept).toHaveLength(DEFAULT_REQUEST_LOG_LIMIT)
    expect(kept[0]?.requestId).toBe('req_6')
    expect(kept.at(-1)?.requestId).toBe(`req_${total}`)
  })
})
