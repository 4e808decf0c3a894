// Every operation of the spec, over both transports: its success status and a spec-valid body,
// the auth rules (management key, created key, unknown, missing, disabled, expired), and the
// request checks from the descriptors (every bad value gets the codecs' message, a 400).
import {
  allOperations,
  invalidMessage,
  type OperationDescriptor,
  type OperationId,
} from '@openrouter-kit/types/operations'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSPACE_ID, type MockServer } from '../src/index'
import { conformingBody, SPEC_OPERATIONS } from './spec-validator'
import { call, openPerTest, TRANSPORTS, type Transport } from './transports'

/** The descriptors with their common shape (a body is optional). */
const OPERATIONS: readonly OperationDescriptor<OperationId>[] = allOperations

interface Sample {
  path: string
  method?: string
  body?: unknown
}

/** One valid request per operation, against a mock whose first listed key is `hash`. */
function samples(hash: string): Record<OperationId, Sample> {
  return {
    getActivity: { path: '/activity' },
    getCredits: { path: '/credits' },
    getCurrentKey: { path: '/key' },
    listApiKeys: { path: '/keys' },
    createApiKey: { path: '/keys', method: 'POST', body: { name: 'Sample' } },
    getApiKey: { path: `/keys/${hash}` },
    updateApiKey: { path: `/keys/${hash}`, method: 'PATCH', body: { name: 'Renamed' } },
    deleteApiKey: { path: `/keys/${hash}`, method: 'DELETE' },
    listWorkspaces: { path: '/workspaces' },
    getWorkspace: { path: `/workspaces/${DEFAULT_WORKSPACE_ID}` },
  }
}

/** The success status the spec lists for an operation (its only 2xx). */
function specSuccess(operationId: string): number {
  const statuses = Object.keys(SPEC_OPERATIONS[operationId]?.responses ?? {}).map(Number)
  return statuses.find((status) => status >= 200 && status < 300) as number
}

function firstKeyHash(mock: MockServer): string {
  const [key] = mock.listKeys()
  if (!key) throw new Error('expected a seeded key')
  return key.hash
}

async function createdSecret(transport: Transport, body: unknown = { name: 'Created' }) {
  const response = await call(transport, '/keys', { method: 'POST', body })
  expect(response.status).toBe(201)
  return (await response.json()) as { data: { hash: string }; key: string }
}

const FORBIDDEN =
  '{"error":{"code":403,"message":"Only management keys can perform this operation"}}'

describe.each(TRANSPORTS)('every operation (%s)', (kind) => {
  const open = openPerTest(kind)

  it('has a sample request for each operation of the spec', () => {
    expect(Object.keys(samples('x')).sort()).toEqual(allOperations.map(({ id }) => id).sort())
    expect(Object.keys(SPEC_OPERATIONS).sort()).toEqual(allOperations.map(({ id }) => id).sort())
  })

  it.each(allOperations.map(({ id }) => id))(
    '%s answers its success status with a spec-valid body',
    async (operationId) => {
      const { mock, transport } = await open()
      const sample = samples(firstKeyHash(mock))[operationId]
      const response = await call(transport, sample.path, sample)
      expect(response.status).toBe(specSuccess(operationId))
      await conformingBody(response, operationId)
      expect(mock.requests.at(-1)).toMatchObject({ operation: operationId })
    },
  )

  it.each(allOperations.map(({ id }) => id))(
    '%s: 401 without Authorization and for an unknown key, in the error shape',
    async (operationId) => {
      const { mock, transport } = await open()
      const sample = samples(firstKeyHash(mock))[operationId]
      const missing = await call(transport, sample.path, { ...sample, token: null })
      expect(missing.status).toBe(401)
      expect(await missing.clone().text()).toBe(
        '{"error":{"code":401,"message":"Missing Authentication header"}}',
      )
      await conformingBody(missing, operationId)
      const token = 'sk-or-v1-0000000000000000000000000000000000000000000000000000000000000000'
      const unknown = await call(transport, sample.path, { ...sample, token })
      expect(unknown.status).toBe(401)
      expect(await unknown.clone().text()).not.toContain(token)
      await conformingBody(unknown, operationId)
    },
  )

  it.each(allOperations.map(({ id }) => id))(
    '%s with the secret of a created key: 200 for GET /key, else 403 with the upstream body',
    async (operationId) => {
      const { mock, transport } = await open()
      const { key } = await createdSecret(transport)
      const keysBefore = mock.listKeys().length
      const sample = samples(firstKeyHash(mock))[operationId]
      const response = await call(transport, sample.path, { ...sample, token: key })
      if (operationId === 'getCurrentKey') {
        expect(response.status).toBe(200)
      } else {
        expect(response.status).toBe(403)
        expect(await response.clone().text()).toBe(FORBIDDEN)
      }
      await conformingBody(response, operationId)
      // Nothing happened on the refused request.
      expect(mock.listKeys()).toHaveLength(keysBefore)
    },
  )

  const declaredStatuses = allOperations.flatMap(({ id }) =>
    Object.keys(SPEC_OPERATIONS[id]?.responses ?? {})
      .map(Number)
      .filter((status) => status >= 400)
      .map((status) => [id, status] as const),
  )

  it.each(declaredStatuses)(
    '%s: a %i (from a fault targeting the operation) matches the spec',
    async (operationId, status) => {
      const { mock, transport } = await open()
      mock.enqueueFaults({ operation: operationId, status })
      const sample = samples(firstKeyHash(mock))[operationId]
      const response = await call(transport, sample.path, sample)
      expect(response.status).toBe(status)
      await conformingBody(response, operationId)
    },
  )

  it('answers 401 for a created key once it is disabled, deleted or expired', async () => {
    const { mock, transport } = await open({ now: '2026-03-11T10:00:00Z' })
    const disabled = await createdSecret(transport, { name: 'Disabled' })
    const deleted = await createdSecret(transport, { name: 'Deleted' })
    const expiring = await createdSecret(transport, {
      name: 'Expiring',
      expires_at: '2026-03-12T00:00:00Z',
    })
    for (const { key } of [disabled, deleted, expiring]) {
      expect((await call(transport, '/key', { token: key })).status).toBe(200)
    }
    mock.disableKey(disabled.data.hash)
    mock.removeKey(deleted.data.hash)
    mock.setNow('2026-03-12T00:00:00Z')
    const messages = []
    for (const { key } of [disabled, deleted, expiring]) {
      const response = await call(transport, '/key', { token: key })
      expect(response.status).toBe(401)
      const body = (await conformingBody(response, 'getCurrentKey')) as {
        error: { message: string }
      }
      expect(body.error.message).not.toContain(key)
      messages.push(body.error.message)
    }
    expect(messages).toEqual([
      'Invalid credentials: this key is disabled',
      'Invalid credentials: not a key of this mock',
      'Invalid credentials: this key has expired',
    ])
  })

  it('checks authentication before the parameters', async () => {
    const { transport } = await open()
    expect((await call(transport, '/keys?offset=-1', { token: null })).status).toBe(401)
    expect((await call(transport, '/workspaces?limit=0', { token: 'nope' })).status).toBe(401)
  })
})

/** A text that `decodeText` of the codec refuses, if there is one (a plain string takes any). */
const BAD_TEXTS = ['not-valid!', '-1', '1.5', 'TRUE', '101', '0', '2026-02-30']

/** A JSON value that `decodeJson` of the codec refuses. */
const BAD_JSON: unknown[] = [12, 'x', -1, '', true, { nested: 1 }, '2027-12-31T23:59:59+02:00']

describe.each(TRANSPORTS)('request checks from the descriptors (%s)', (kind) => {
  const open = openPerTest(kind)

  const queryCases = allOperations.flatMap((operation) =>
    Object.entries(operation.query).flatMap(([name, codec]) => {
      const bad = BAD_TEXTS.find((text) => !codec.decodeText(text).ok)
      return bad === undefined ? [] : [[operation.id, name, bad, codec.expected] as const]
    }),
  )

  it('finds a bad value for every checked query parameter of the spec', () => {
    const names = queryCases.map(([id, name]) => `${id}.${name}`)
    expect(names).toEqual(
      expect.arrayContaining([
        'listApiKeys.include_disabled',
        'listApiKeys.offset',
        'listApiKeys.workspace_id',
        'listWorkspaces.offset',
        'listWorkspaces.limit',
        'getActivity.date',
        'getActivity.group_by',
      ]),
    )
  })

  it.each(queryCases)(
    '%s ?%s=%s is a 400 with the codec message',
    async (operationId, name, bad, expected) => {
      const { mock, transport } = await open()
      const sample = samples(firstKeyHash(mock))[operationId]
      const response = await call(transport, `${sample.path}?${name}=${encodeURIComponent(bad)}`, {
        ...sample,
      })
      expect(response.status).toBe(400)
      const body = (await conformingBody(response, operationId)) as { error: { message: string } }
      expect(body.error.message).toBe(invalidMessage(name, bad, expected))
    },
  )

  it.each([
    [
      'listApiKeys',
      '/keys?offset=-1',
      'Invalid offset: received -1, expected an integer >= 0 or null',
    ],
    [
      'listApiKeys',
      '/keys?include_disabled=yes',
      `Invalid include_disabled: received "yes", expected true, false, 'true' or 'false'`,
    ],
    [
      'listApiKeys',
      '/keys?workspace_id=default',
      'Invalid workspace_id: received "default", expected a UUID',
    ],
    [
      'listApiKeys',
      '/keys?offset=1&offset=2',
      'Invalid offset: received ["1","2"], expected a single value',
    ],
    [
      'listWorkspaces',
      '/workspaces?limit=101',
      'Invalid limit: received 101, expected an integer from 1 to 100',
    ],
    [
      'getActivity',
      '/activity?date=2026-02-30',
      'Invalid date: received "2026-02-30", expected a date as YYYY-MM-DD',
    ],
  ])('%s: GET %s says exactly what is wrong', async (operationId, path, message) => {
    const { transport } = await open()
    const response = await call(transport, path)
    expect(response.status).toBe(400)
    expect(await conformingBody(response, operationId)).toEqual({ error: { code: 400, message } })
  })

  it('ignores query parameters the operation does not have', async () => {
    const { transport } = await open()
    const plain = await (await call(transport, '/keys')).json()
    expect(await (await call(transport, '/keys?limit=5&foo=bar&foo=baz')).json()).toEqual(plain)
  })

  const bodyCases = OPERATIONS.flatMap((operation) =>
    Object.entries(operation.body?.fields ?? {}).map(([name, codec]) => {
      const bad = BAD_JSON.find((value) => !codec.decodeJson(value).ok)
      return [operation.id, name, bad, codec.expected] as const
    }),
  )

  it.each(bodyCases)(
    '%s with body field %s = %j is a 400 with the codec message, and changes nothing',
    async (operationId, name, bad, expected) => {
      const { mock, transport } = await open()
      const before = mock.listKeys({ includeDisabled: true })
      const sample = samples(firstKeyHash(mock))[operationId]
      const body = { ...(sample.body as object), [name]: bad }
      const response = await call(transport, sample.path, { ...sample, body })
      expect(response.status).toBe(400)
      const error = (await conformingBody(response, operationId)) as { error: { message: string } }
      expect(error.error.message).toBe(invalidMessage(name, bad, expected))
      expect(mock.listKeys({ includeDisabled: true })).toEqual(before)
    },
  )

  it.each(['createApiKey', 'updateApiKey'] as const)(
    '%s refuses an unknown field, a body that is not JSON and a missing body',
    async (operationId) => {
      const { mock, transport } = await open()
      const sample = samples(firstKeyHash(mock))[operationId]
      const fields = Object.keys(
        OPERATIONS.find(({ id }) => id === operationId)?.body?.fields ?? {},
      )
      const cases: Array<[unknown, string]> = [
        [
          { ...(sample.body as object), nmae: 'typo' },
          `Invalid field name: received "nmae", expected one of ${fields.join(', ')}`,
        ],
        ['{"name": ', 'Invalid body: received text that is not JSON, expected a JSON object'],
        [
          undefined,
          `Invalid body: received undefined, expected an object with ${fields.join(', ')}`,
        ],
        ['[1]', `Invalid body: received [1], expected an object with ${fields.join(', ')}`],
      ]
      for (const [body, message] of cases) {
        const response = await call(transport, sample.path, { ...sample, body })
        expect(response.status).toBe(400)
        expect(await conformingBody(response, operationId)).toEqual({
          error: { code: 400, message },
        })
      }
    },
  )

  it('POST /keys requires name', async () => {
    const { transport } = await open()
    const response = await call(transport, '/keys', { method: 'POST', body: { limit: 5 } })
    expect(response.status).toBe(400)
    expect(await conformingBody(response, 'createApiKey')).toEqual({
      error: {
        code: 400,
        message: 'Invalid name: received undefined, expected a string of at least 1 character',
      },
    })
  })
})
