// A 10,000-key account and 100 concurrent requests: correct, page by page and all at once.
// (How fast is measured by scripts/measure-scale.mjs, not asserted here.)
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '../src/index'
import { conformingBody } from './spec-validator'
import { call, connect } from './transports'

const KEYS = 10_000
const CREATES = 1_000
const CONCURRENT = 100

describe('a 10,000-key account', () => {
  it('lists every key once, newest first, in pages of 100, with disables and deletes', async () => {
    const mock = createMockServer({ seed: 0, requestLogLimit: 0 })
    const added = Array.from({ length: KEYS }, (_, index) => mock.addKey({ name: `key ${index}` }))
    // Disable every 10th key and remove every 7th, spread over the listing.
    for (const [index, key] of added.entries()) {
      if (index % 7 === 0) mock.removeKey(key.hash)
      else if (index % 10 === 0) mock.disableKey(key.hash)
    }
    const expected = added
      .filter((_, index) => index % 7 !== 0 && index % 10 !== 0)
      .map(({ hash }) => hash)
      .reverse()
    const listed: string[] = []
    for (let offset = 0; ; offset += 100) {
      const response = await mock.fetch(`http://mock.test/api/v1/keys?offset=${offset}`, {
        headers: { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` },
      })
      const { data } = (await response.json()) as { data: ApiKey[] }
      if (data.length === 0) break
      expect(data.length).toBeLessThanOrEqual(100)
      listed.push(...data.map(({ hash }) => hash))
    }
    expect(listed).toEqual(expected)
    expect(mock.listKeys({ includeDisabled: true })).toHaveLength(
      added.filter((_, index) => index % 7 !== 0).length,
    )
  })

  it('creates keys through POST /keys, each with its own hash, newest first', async () => {
    const mock = createMockServer({ seed: 0, requestLogLimit: 0 })
    const transport = await connect('in-process', mock)
    const hashes = new Set<string>()
    // 10,000 creates are measured by scripts/measure-scale.mjs; 1,000 keep this test short.
    for (let index = 0; index < CREATES; index++) {
      const response = await call(transport, '/keys', {
        method: 'POST',
        body: { name: `k${index}` },
      })
      hashes.add(((await response.json()) as { data: ApiKey }).data.hash)
    }
    expect(hashes.size).toBe(CREATES)
    expect(
      mock
        .listKeys()
        .map(({ name }) => name)
        .slice(0, 2),
    ).toEqual([`k${CREATES - 1}`, `k${CREATES - 2}`])
  })
})

describe(`${CONCURRENT} concurrent requests over HTTP`, () => {
  it('answers every one with its status and a spec-valid body', async () => {
    const mock = createMockServer({ seed: 300 })
    const transport = await connect('http', mock)
    try {
      const requests = Array.from({ length: CONCURRENT }, (_, index) => {
        switch (index % 4) {
          case 0:
            return { operation: 'listApiKeys', response: call(transport, `/keys?offset=${index}`) }
          case 1:
            return {
              operation: 'createApiKey',
              response: call(transport, '/keys', { method: 'POST', body: { name: `c${index}` } }),
            }
          case 2:
            return { operation: 'listWorkspaces', response: call(transport, '/workspaces') }
          default:
            return { operation: 'getCredits', response: call(transport, '/credits') }
        }
      })
      const responses = await Promise.all(requests.map(({ response }) => response))
      expect(responses.map(({ status }) => status)).toEqual(
        requests.map(({ operation }) => (operation === 'createApiKey' ? 201 : 200)),
      )
      await Promise.all(
        responses.map((response, index) => conformingBody(response, requests[index]?.operation)),
      )
      expect(mock.listKeys().filter(({ name }) => /^c\d+$/.test(name))).toHaveLength(CONCURRENT / 4)
      expect(mock.inFlight).toBe(0)
    } finally {
      await transport.close()
    }
  })
})
