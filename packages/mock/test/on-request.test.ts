// onRequest: a hook that runs before each operation's handler, so a test can change the state
// between two requests; here, the delete before the cursor that makes naive offset paging skip a
// key (the shift a listing client must survive).
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import type { RequestInfo } from '../src/index'
import { conformingBody } from './spec-validator'
import { call, listKeys, openPerTest, TRANSPORTS } from './transports'

const page = async (response: Response) =>
  ((await conformingBody(response)) as { data: ApiKey[] }).data

describe.each(TRANSPORTS)('onRequest (%s)', (kind) => {
  const open = openPerTest(kind)

  it('sees each operation request, decoded, before its handler; not 404s or refused ones', async () => {
    const { mock, transport } = await open()
    const seen: RequestInfo[] = []
    mock.onRequest((request) => {
      seen.push(request)
    })
    const [key] = mock.listKeys()
    await listKeys(transport, '?offset=2&include_disabled=true&unknown=1')
    await call(transport, `/keys/${key?.hash}`, { method: 'PATCH', body: { name: 'x' } })
    await call(transport, '/nowhere')
    await call(transport, '/keys', { token: null })
    await call(transport, '/keys?offset=-1')
    expect(seen).toEqual([
      {
        operation: 'listApiKeys',
        method: 'GET',
        path: '/api/v1/keys',
        query: { offset: 2, include_disabled: true },
        params: {},
      },
      {
        operation: 'updateApiKey',
        method: 'PATCH',
        path: `/api/v1/keys/${key?.hash}`,
        query: {},
        params: { hash: key?.hash },
      },
    ])
  })

  it('shows the shift: a key deleted before the cursor makes naive offset paging skip one', async () => {
    const { mock, transport } = await open({ seed: 250 })
    const before = mock.listKeys()
    const deleted = before[0] as ApiKey
    mock.onRequest(({ operation, query }) => {
      if (operation === 'listApiKeys' && query.offset === 100) mock.removeKey(deleted.hash)
    })
    const seen: ApiKey[] = []
    for (let offset = 0; ; offset += 100) {
      const data = await page(await listKeys(transport, `?offset=${offset}`))
      if (data.length === 0) break
      seen.push(...data)
    }
    const seenHashes = new Set(seen.map(({ hash }) => hash))
    // Every key that lived throughout the listing should have been seen; one was not:
    const skipped = before.filter(({ hash }) => hash !== deleted.hash && !seenHashes.has(hash))
    expect(skipped).toEqual([before[100]])
    expect(mock.getKey(before[100]?.hash ?? '')).toEqual(before[100])
    // The deleted key was seen on page 1, before it went; the skipped one never.
    expect(seenHashes.has(deleted.hash)).toBe(true)
    expect(seen).toHaveLength(before.length - 1)
  })

  it('runs the hooks of concurrent requests concurrently', async () => {
    const { mock, transport } = await open()
    let arrived = 0
    let releaseBoth: () => void = () => {}
    const bothArrived = new Promise<void>((resolve) => {
      releaseBoth = resolve
    })
    mock.onRequest(async ({ operation }) => {
      if (operation !== 'listWorkspaces') return
      arrived++
      if (arrived === 2) releaseBoth()
      // Each hook waits for the other request: serialised hooks would never finish.
      await bothArrived
    })
    const responses = await Promise.all([
      call(transport, '/workspaces'),
      call(transport, '/workspaces?offset=1'),
    ])
    expect(responses.map(({ status }) => status)).toEqual([200, 200])
  })

  it('stops calling a hook once unsubscribed; a hook that throws makes a 500 that says so', async () => {
    const { mock, transport } = await open()
    let calls = 0
    const unsubscribe = mock.onRequest(() => {
      calls++
    })
    await listKeys(transport)
    unsubscribe()
    unsubscribe()
    await listKeys(transport)
    expect(calls).toBe(1)
    const removeFailing = mock.onRequest(() => {
      throw new Error('boom')
    })
    const failed = await listKeys(transport)
    expect(failed.status).toBe(500)
    expect(await conformingBody(failed)).toEqual({
      error: { code: 500, message: 'onRequest hook failed: boom' },
    })
    removeFailing()
    expect((await listKeys(transport)).status).toBe(200)
    expect(() => mock.onRequest('not a function' as never)).toThrow(
      'onRequest: expected a function, got string',
    )
  })
})
