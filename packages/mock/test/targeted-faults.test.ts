// Faults for one operation (by operationId, or method and path template), after-commit faults
// (the change is made, the client sees a 500 or a dropped connection), and targeted chaos.
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { createMockServer, type Fault } from '../src/index'
import { conformingBody } from './spec-validator'
import { call, openPerTest, TRANSPORTS, type Transport } from './transports'

/** Status of a request, or 'dropped' when the connection was destroyed without a response. */
const outcome = (request: Promise<Response>) =>
  request.then(
    (response) => response.status,
    (error: unknown) => {
      expect(error).toBeInstanceOf(TypeError)
      return 'dropped' as const
    },
  )

const create = (transport: Transport, name: string) =>
  call(transport, '/keys', { method: 'POST', body: { name } })

const names = (keys: ApiKey[]) => keys.map(({ name }) => name)

describe.each(TRANSPORTS)('targeted faults (%s)', (kind) => {
  const open = openPerTest(kind)

  it('a fault for an operation waits for that operation; other requests pass', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ operation: 'createApiKey', status: 503 })
    expect(await outcome(call(transport, '/keys'))).toBe(200)
    expect(await outcome(call(transport, '/workspaces'))).toBe(200)
    expect(await outcome(create(transport, 'First try'))).toBe(503)
    expect(await outcome(create(transport, 'Second try'))).toBe(201)
    expect(names(mock.listKeys())).not.toContain('First try')
  })

  it('a fault for a method and path template hits only that route', async () => {
    const { mock, transport } = await open()
    const [key] = mock.listKeys()
    mock.enqueueFaults({ method: 'DELETE', path: '/keys/{hash}', status: 500 })
    expect(await outcome(call(transport, `/keys/${key?.hash}`))).toBe(200)
    expect(await outcome(call(transport, `/keys/${key?.hash}`, { method: 'DELETE' }))).toBe(500)
    // Answered before handling: the key is still there.
    expect(mock.getKey(key?.hash ?? '')).toEqual(key)
    mock.enqueueFaults({ path: '/workspaces', status: 429, retryAfter: 1 })
    expect(await outcome(call(transport, '/workspaces/default'))).toBe(200)
    const limited = await call(transport, '/workspaces')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    await conformingBody(limited, 'listWorkspaces')
  })

  it('each request takes the first queued fault that targets it', async () => {
    const { transport } = await open({
      faults: [{ operation: 'createApiKey', status: 500 }, { status: 429 }, { status: 502 }],
    })
    expect(await outcome(call(transport, '/keys'))).toBe(429)
    expect(await outcome(create(transport, 'x'))).toBe(500)
    expect(await outcome(call(transport, '/nowhere'))).toBe(502)
    expect(await outcome(call(transport, '/keys'))).toBe(200)
  })

  it('afterCommit on create: the key is stored, the client gets a 500 without the secret', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ operation: 'createApiKey', afterCommit: true })
    const response = await create(transport, 'Committed')
    expect(response.status).toBe(500)
    const text = await response.clone().text()
    expect(text).not.toContain('sk-or-v1-')
    expect(await conformingBody(response, 'createApiKey')).toEqual({
      error: { code: 500, message: 'Internal Server Error' },
    })
    const stored = mock.listKeys()[0]
    expect(stored?.name).toBe('Committed')
    expect(mock.requests.map(({ operation, status }) => [operation, status])).toEqual([
      ['createApiKey', 500],
    ])
  })

  it('afterCommit with drop: the connection dies, the key stays stored', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ operation: 'createApiKey', afterCommit: true, drop: true })
    expect(await outcome(create(transport, 'Orphan'))).toBe('dropped')
    expect(names(mock.listKeys())).toContain('Orphan')
    expect(mock.requests.at(-1)?.status).toBe(0)
  })

  it('afterCommit with a delay: a client that times out leaves the key stored', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ operation: 'createApiKey', afterCommit: true, delayMs: 60_000 })
    const controller = new AbortController()
    const pending = call(transport, '/keys', {
      method: 'POST',
      body: { name: 'Timed out' },
      signal: controller.signal,
    })
    while (!names(mock.listKeys()).includes('Timed out')) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
    expect(names(mock.listKeys())).toContain('Timed out')
  })

  it('afterCommit on update and delete: the change is made, the answer is the fault', async () => {
    const { mock, transport } = await open({ seed: 3 })
    const [first, second] = mock.listKeys()
    mock.enqueueFaults(
      { operation: 'updateApiKey', afterCommit: true, status: 502, retryAfter: 2 },
      { operation: 'deleteApiKey', afterCommit: true },
    )
    const update = await call(transport, `/keys/${first?.hash}`, {
      method: 'PATCH',
      body: { disabled: true },
    })
    expect(update.status).toBe(502)
    expect(update.headers.get('retry-after')).toBe('2')
    expect(mock.getKey(first?.hash ?? '')?.disabled).toBe(true)
    const removal = await call(transport, `/keys/${second?.hash}`, { method: 'DELETE' })
    expect(removal.status).toBe(500)
    expect(mock.getKey(second?.hash ?? '')).toBeUndefined()
  })

  it('targeted chaos misbehaves only on its operation, from its own list of faults', async () => {
    const { mock, transport } = await open()
    mock.setChaos({ rate: 1, operation: 'listApiKeys', faults: [{ status: 503 }, { status: 429 }] })
    const seen = new Set<number | string>()
    for (let round = 0; round < 12; round++) seen.add(await outcome(call(transport, '/keys')))
    expect(seen).toEqual(new Set([503, 429]))
    expect(await outcome(call(transport, '/workspaces'))).toBe(200)
    expect(await outcome(create(transport, 'Unaffected'))).toBe(201)
  })

  it('chaos with the same seed and target misbehaves the same way', async () => {
    const run = async () => {
      const mock = createMockServer({ chaos: { rate: 0.5, seed: 8, method: 'GET', path: '/keys' } })
      const statuses = []
      for (let round = 0; round < 20; round++) {
        statuses.push(
          await outcome(
            mock.fetch('http://mock.test/api/v1/keys', {
              headers: { authorization: 'Bearer sk-or-v1-mock-management-key' },
            }),
          ),
        )
      }
      return statuses
    }
    const first = await run()
    expect(await run()).toEqual(first)
    expect(first).toContain(200)
    expect(first.some((status) => status !== 200)).toBe(true)
  })
})

describe('new fault fields are checked when enqueued', () => {
  it.each<[string, unknown, string]>([
    [
      'an unknown operation',
      { operation: 'listKeys', status: 500 },
      'enqueueFaults[0].operation: expected an operationId of the spec ("getActivity", "getCredits", "getCurrentKey", "listApiKeys", "createApiKey", "getApiKey", "updateApiKey", "deleteApiKey", "listWorkspaces", "getWorkspace"), got "listKeys"',
    ],
    [
      'a lowercase method',
      { method: 'get' },
      'enqueueFaults[0].method: expected a method the spec uses ("GET", "POST", "PATCH", "DELETE"), got "get"',
    ],
    [
      'a concrete path instead of a template',
      { path: '/keys/abc' },
      'enqueueFaults[0].path: expected a path template of the spec ("/activity", "/credits", "/key", "/keys", "/keys/{hash}", "/workspaces", "/workspaces/{id}"), got "/keys/abc"',
    ],
    [
      'an operation with a method',
      { operation: 'getApiKey', method: 'GET' },
      'enqueueFaults[0]: operation already names the method and path; give operation, or method and/or path, not both',
    ],
    [
      'afterCommit as text',
      { afterCommit: 'yes' },
      'enqueueFaults[0].afterCommit: expected a boolean, got "yes"',
    ],
  ])('rejects %s', (_, fault, message) => {
    const mock = createMockServer()
    expect(() => mock.enqueueFaults(fault as Fault)).toThrow(TypeError)
    expect(() => mock.enqueueFaults(fault as Fault)).toThrow(message)
  })

  it.each<[string, unknown, string]>([
    [
      'empty faults',
      { rate: 1, faults: [] },
      'setChaos.faults: expected a non-empty array of faults, got []',
    ],
    [
      'a bad fault',
      { rate: 1, faults: [{ status: 99 }] },
      'setChaos.faults[0].status: expected an integer 200-599, got 99',
    ],
    [
      'a targeted fault inside chaos',
      { rate: 1, faults: [{ operation: 'getApiKey', status: 500 }] },
      'setChaos.faults[0].operation: target the chaos itself',
    ],
    [
      'an unknown operation',
      { rate: 1, operation: 'nope' },
      'setChaos.operation: expected an operationId of the spec',
    ],
  ])('setChaos rejects %s', (_, chaos, message) => {
    const mock = createMockServer()
    expect(() => mock.setChaos(chaos as never)).toThrow(message)
  })
})
