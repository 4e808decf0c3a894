import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { createMockServer, DEFAULT_WORKSPACE_ID, OTHER_WORKSPACE_ID } from '../src/index'
import { API_KEY_PROPERTIES, conformingBody } from './spec-validator'
import { listKeys, openPerTest, TRANSPORTS } from './transports'

const page = async (response: Response): Promise<ApiKey[]> => {
  expect(response.status).toBe(200)
  return ((await conformingBody(response)) as { data: ApiKey[] }).data
}

describe.each(TRANSPORTS)('GET /keys (%s)', (kind) => {
  const open = openPerTest(kind)

  it('pages 250 seeded keys: 100/100/50/0 with include_disabled, enabled keys only without', async () => {
    const { mock, transport } = await open({ seed: 250 })
    const all: ApiKey[] = []
    const counts: number[] = []
    for (const offset of [0, 100, 200, 300]) {
      const data = await page(await listKeys(transport, `?include_disabled=true&offset=${offset}`))
      counts.push(data.length)
      all.push(...data)
    }
    expect(counts).toEqual([100, 100, 50, 0])
    expect(new Set(all.map((key) => key.hash)).size).toBe(250)
    expect(all.every((key) => key.workspace_id === DEFAULT_WORKSPACE_ID)).toBe(true)

    const enabled = all.filter((key) => !key.disabled)
    expect(enabled.length).toBeGreaterThan(100)
    expect(enabled.length).toBeLessThan(250)
    const enabledPages: ApiKey[][] = []
    for (const offset of [0, 100, 200, 300]) {
      enabledPages.push(await page(await listKeys(transport, `?offset=${offset}`)))
    }
    const expectedCounts = [0, 100, 200, 300].map((offset) =>
      Math.max(0, Math.min(100, enabled.length - offset)),
    )
    expect(enabledPages.map((data) => data.length)).toEqual(expectedCounts)
    expect(enabledPages.flat().map((key) => key.hash)).toEqual(enabled.map((key) => key.hash))
    expect(mock.listKeys().map((key) => key.hash)).toEqual(enabled.map((key) => key.hash))
  })

  it('lists most recent first, with only documented fields', async () => {
    const { transport } = await open()
    const data = await page(await listKeys(transport, '?include_disabled=true'))
    expect(data).toHaveLength(25)
    const created = data.map((key) => Date.parse(key.created_at))
    expect(created).toEqual([...created].sort((a, b) => b - a))
    for (const key of data) {
      expect(Object.keys(key).every((name) => API_KEY_PROPERTIES.includes(name))).toBe(true)
    }
  })

  it('treats include_disabled=false like its absence', async () => {
    const { transport } = await open({ seed: 60 })
    const absent = await page(await listKeys(transport))
    const explicit = await page(await listKeys(transport, '?include_disabled=false'))
    const withDisabled = await page(await listKeys(transport, '?include_disabled=true'))
    expect(explicit).toEqual(absent)
    expect(absent.some((key) => key.disabled)).toBe(false)
    expect(withDisabled.some((key) => key.disabled)).toBe(true)
  })

  it('honours a custom page size', async () => {
    const { transport } = await open({ seed: 12, pageSize: 5 })
    const sizes = []
    for (const offset of [0, 5, 10, 15]) {
      sizes.push(
        (await page(await listKeys(transport, `?include_disabled=true&offset=${offset}`))).length,
      )
    }
    expect(sizes).toEqual([5, 5, 2, 0])
  })

  it('filters by workspace_id: default, the second workspace, an unknown one', async () => {
    const { transport } = await open()
    const byDefault = await page(await listKeys(transport, '?include_disabled=true'))
    const explicitDefault = await page(
      await listKeys(transport, `?include_disabled=true&workspace_id=${DEFAULT_WORKSPACE_ID}`),
    )
    const other = await page(
      await listKeys(transport, `?include_disabled=true&workspace_id=${OTHER_WORKSPACE_ID}`),
    )
    const unknown = await page(
      await listKeys(transport, '?workspace_id=11111111-2222-4333-8444-555555555555'),
    )
    expect(explicitDefault).toEqual(byDefault)
    expect(other.length).toBeGreaterThan(0)
    expect(other.every((key) => key.workspace_id === OTHER_WORKSPACE_ID)).toBe(true)
    expect(unknown).toEqual([])
  })

  it.each([
    ['include_disabled', '?include_disabled=yes'],
    ['include_disabled', '?include_disabled=TRUE'],
    ['offset', '?offset=-1'],
    ['offset', '?offset=1.5'],
    ['offset', '?offset=abc'],
    ['offset', '?offset='],
    ['offset', '?offset=1&offset=2'],
    ['workspace_id', '?workspace_id=not-a-uuid'],
  ])('rejects an invalid %s (%s) with a 400 naming it', async (name, query) => {
    const { transport } = await open()
    const response = await listKeys(transport, query)
    expect(response.status).toBe(400)
    const body = (await conformingBody(response)) as { error: { code: number; message: string } }
    expect(body.error.code).toBe(400)
    expect(body.error.message).toContain(name)
  })

  it('ignores unknown query parameters, as a forward-compatible server would', async () => {
    const { transport } = await open()
    const plain = await page(await listKeys(transport))
    expect(await page(await listKeys(transport, '?limit=5&foo=bar'))).toEqual(plain)
  })

  it('checks authentication before parameters', async () => {
    const { transport } = await open()
    const response = await transport.request('/keys?offset=-1')
    expect(response.status).toBe(401)
  })

  it('reflects addKey, disableKey and removeKey on the next request', async () => {
    const { mock, transport } = await open({ seed: 3 })
    const before = await page(await listKeys(transport, '?include_disabled=true'))
    const added = mock.addKey({ name: 'Added in a test' })
    const afterAdd = await page(await listKeys(transport))
    expect(afterAdd[0]).toEqual(added)
    expect(added.disabled).toBe(false)

    mock.disableKey(added.hash)
    expect((await page(await listKeys(transport))).map((key) => key.hash)).not.toContain(added.hash)
    const withDisabled = await page(await listKeys(transport, '?include_disabled=true'))
    expect(withDisabled[0]).toMatchObject({ hash: added.hash, disabled: true })

    mock.removeKey(added.hash)
    expect(await page(await listKeys(transport, '?include_disabled=true'))).toEqual(before)
  })

  it('lists explicit keys in the order given', async () => {
    const [first, second] = createMockServer({ seed: 2 }).listKeys({ includeDisabled: true })
    if (!first || !second) throw new Error('expected two generated keys')
    const older = { ...second, disabled: false, name: 'Older but listed first' }
    const newer = { ...first, disabled: false, name: 'Newer but listed second' }
    const { transport } = await open({ keys: [older, newer] })
    expect(await page(await listKeys(transport))).toEqual([older, newer])
  })
})
