// listAll against the mock: complete, each hash once, a key created mid-listing, a failed page.
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { createOpenRouterClient } from '../src/index'
import { KEY, recordingLogger, scanRecordsForKey, startMock } from './harness'

describe('listAll', () => {
  it('lists 250 keys with one created mid-listing: none lost, none twice', async () => {
    const { mock, url } = await startMock({ seed: 250 })
    const before = mock.listKeys({ includeDisabled: true }).map((k) => k.hash)
    expect(before).toHaveLength(250)
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    const pages: Array<{ page: number; keys: number }> = []
    let created: ApiKey | undefined
    const hashes: string[] = []
    const keys = client.keys.listAll(
      { include_disabled: true },
      {
        concurrency: 1,
        onPage: (info) => {
          pages.push(info)
          // The new key goes to offset 0 and shifts every later page by one.
          if (info.page === 1) created = mock.addKey({ name: 'created mid-listing' })
        },
      },
    )
    for await (const key of keys) hashes.push(key.hash)
    expect(new Set(hashes).size).toBe(hashes.length)
    expect(hashes.filter((h) => h !== created?.hash).sort()).toEqual([...before].sort())
    expect(pages).toEqual([
      { page: 1, keys: 100 },
      { page: 2, keys: 198 },
      { page: 3, keys: 250 },
    ])
    // Each page re-reads the last key of the one before; the new key at the front shifted the
    // rest by one, which that overlap absorbs. The short third page is the end.
    expect(mock.requests.map((r) => r.query.offset)).toEqual(['0', '99', '198'])
  })

  it('retries a failed page in place instead of restarting the listing', async () => {
    const { mock, url } = await startMock({ seed: 250 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const all = await client.keys
      .listAll(
        { include_disabled: true },
        { concurrency: 1, onPage: () => mock.enqueueFaults({ status: 502, retryAfterMs: 1 }) },
      )
      .toArray()
    expect(all).toHaveLength(250)
    expect(mock.requests.map((r) => `${r.query.offset} ${r.status}`)).toEqual([
      '0 200',
      '99 502',
      '99 200',
      '198 502',
      '198 200',
    ])
  })

  it('passes include_disabled and workspace_id on every page', async () => {
    const { mock, url } = await startMock({ seed: 120 })
    const hash = mock.listKeys()[3]!.hash
    mock.disableKey(hash)
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const enabled = await client.keys.listAll().toArray()
    const all = await client.keys.listAll({ include_disabled: true }).toArray()
    expect(enabled.map((k) => k.hash)).not.toContain(hash)
    expect(all.map((k) => k.hash)).toContain(hash)
    expect(enabled).toHaveLength(mock.listKeys().length)
    expect(all).toHaveLength(mock.listKeys({ includeDisabled: true }).length)
    const workspace = '5b1e7c42-8a3d-4f6e-9c21-7d04e8b9a613'
    const other = await client.keys.listAll({ workspace_id: workspace }).toArray()
    expect(other.length).toBeGreaterThan(0)
    expect(other.every((k) => k.workspace_id === workspace)).toBe(true)
  })

  it('stops after limit keys', async () => {
    const { mock, url } = await startMock({ seed: 250 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const some = await client.keys.listAll({}, { limit: 105 }).toArray()
    expect(mock.listKeys().length).toBeGreaterThan(105)
    expect(some.map((k) => k.hash)).toEqual(
      mock
        .listKeys()
        .slice(0, 105)
        .map((k) => k.hash),
    )
    expect(mock.requests).toHaveLength(2)
  })

  it('fetches nothing until iterated, and stops when the loop breaks', async () => {
    const { mock, url } = await startMock({ seed: 250 })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const keys = client.keys.listAll()
    expect(mock.requests).toHaveLength(0)
    for await (const _ of keys) break
    expect(mock.requests).toHaveLength(1)
  })

  it('keeps unknown response fields (tolerant reader)', async () => {
    const { mock, url } = await startMock()
    const key = { hash: 'h1', name: 'n', future_field: { nested: true } }
    mock.enqueueFaults({ status: 200, body: JSON.stringify({ data: [key], next: 'x' }) })
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url })
    const [first] = await client.keys.listAll({}, { limit: 1 }).toArray()
    expect(first).toEqual(key)
  })
})

scanRecordsForKey()
