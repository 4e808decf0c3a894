// The key lifecycle against the mock over real HTTP: each operation's happy path, every bad input
// refused with zero requests sent, a create that is never retried and says when its outcome is
// unknown, PATCH and DELETE sent once, rotation with each retire mode and a failed retire, and a
// scan of everything the suite produced for every secret a create returned.
import { DEFAULT_WORKSPACE_ID } from '@openrouter-kit/mock'
import { describe, expect, it } from 'vitest'
import {
  APIConnectionTimeoutError,
  BadRequestError,
  CreateOutcomeUnknownError,
  createOpenRouterClient,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RotationError,
  rotationSuccessorBody,
} from '../src/index'
import {
  caught,
  KEY,
  record,
  recordingLogger,
  scanRecordsForKey,
  secret,
  startMock,
} from './harness'

const SECRET_SHAPE = /^sk-or-v1-[0-9a-f]{64}$/

async function setup(options: Parameters<typeof startMock>[0] = {}) {
  const { mock, url } = await startMock(options)
  const logger = recordingLogger()
  const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
  return { mock, url, client, logger }
}

/** Registers a created secret with the key-leak scan, and returns it. */
function remember(created: { key: string }): string {
  secret(created.key)
  return created.key
}

describe('happy paths', () => {
  it('create, get, update, disable, enable, delete, current', async () => {
    const { mock, client, url } = await setup()
    const created = await client.keys.create({ name: 'ci', limit: 10, limit_reset: 'monthly' })
    const key = remember(created)
    expect(key).toMatch(SECRET_SHAPE)
    expect(created.data).toMatchObject({
      name: 'ci',
      limit: 10,
      limit_remaining: 10,
      usage: 0,
      disabled: false,
    })
    const { hash } = created.data
    expect((await client.keys.get(hash)).data.hash).toBe(hash)
    expect((await client.keys.update(hash, { name: 'ci-2', limit: 20 })).data).toMatchObject({
      name: 'ci-2',
      limit: 20,
    })
    expect((await client.keys.disable(hash)).data.disabled).toBe(true)
    expect((await client.keys.enable(hash)).data.disabled).toBe(false)
    // The created secret is a key of its own: GET /key answers as that key.
    const asTheNewKey = createOpenRouterClient({ apiKey: key, baseURL: url })
    expect((await asTheNewKey.keys.current()).data).toMatchObject({
      is_management_key: false,
      limit: 20,
    })
    expect((await client.keys.current()).data.is_management_key).toBe(true)
    expect(await client.keys.delete(hash)).toEqual({ deleted: true })
    expect(mock.listKeys({ includeDisabled: true }).some((stored) => stored.hash === hash)).toBe(
      false,
    )
    record(JSON.stringify(created.data))
  })

  it('expires_at as a Date is sent in UTC with a Z', async () => {
    const { client, mock } = await setup()
    const expiresAt = new Date(Date.now() + 86_400_000)
    const created = await client.keys.create({ name: 'expiring', expires_at: expiresAt })
    remember(created)
    expect(created.data.expires_at).toBe(expiresAt.toISOString())
    expect(mock.requests.at(-1)?.operation).toBe('createApiKey')
  })

  it('a created key on a management route is a PermissionDeniedError; a missing key a NotFoundError', async () => {
    const { client, url } = await setup()
    const created = await client.keys.create({ name: 'not-management' })
    const asTheNewKey = createOpenRouterClient({ apiKey: remember(created), baseURL: url })
    const denied = await caught(asTheNewKey.keys.list())
    expect(PermissionDeniedError.isInstance(denied)).toBe(true)
    expect(denied.message).toMatch(/management key/i)
    expect(NotFoundError.isInstance(await caught(client.keys.get('f'.repeat(64))))).toBe(true)
    expect(NotFoundError.isInstance(await caught(client.keys.delete('f'.repeat(64))))).toBe(true)
  })
})

describe('bad input: refused before any request', () => {
  const cases: Array<
    [string, (client: ReturnType<typeof createOpenRouterClient>) => Promise<unknown>, RegExp]
  > = [
    ['empty hash', (client) => client.keys.get(''), /^Invalid hash: received "", expected/],
    ['hash with /', (client) => client.keys.get('a/b'), /^Invalid hash: received "a\/b", expected/],
    ['hash ..', (client) => client.keys.delete('..'), /^Invalid hash: received "\.\.", expected/],
    [
      'hash with ?',
      (client) => client.keys.update('a?b', { name: 'x' }),
      /^Invalid hash: received "a\?b"/,
    ],
    [
      'empty name',
      (client) => client.keys.create({ name: '' }),
      /^Invalid name: received "", expected a string of at least 1 character/,
    ],
    [
      'missing name',
      (client) => client.keys.create({} as never),
      /^Invalid name: received undefined/,
    ],
    [
      'negative limit',
      (client) => client.keys.create({ name: 'x', limit: -1 }),
      /^Invalid limit: received -1, expected a number >= 0 or null/,
    ],
    [
      'limit NaN',
      (client) => client.keys.create({ name: 'x', limit: Number.NaN }),
      /^Invalid limit: received NaN/,
    ],
    [
      'limit Infinity',
      (client) => client.keys.create({ name: 'x', limit: Number.POSITIVE_INFINITY }),
      /^Invalid limit: received Infinity/,
    ],
    [
      'limit_reset yearly',
      (client) => client.keys.create({ name: 'x', limit_reset: 'yearly' as never }),
      /^Invalid limit_reset: received "yearly", expected one of 'daily', 'weekly', 'monthly' or null/,
    ],
    [
      'workspace_id not a UUID',
      (client) => client.keys.create({ name: 'x', workspace_id: 'default' }),
      /^Invalid workspace_id: received "default", expected a UUID/,
    ],
    [
      'unknown body field',
      (client) => client.keys.create({ name: 'x', budget: 5 } as never),
      /^Invalid field name: received "budget", expected one of/,
    ],
    [
      'expires_at with an offset',
      (client) => client.keys.create({ name: 'x', expires_at: '2030-01-01T00:00:00+02:00' }),
      /^Invalid expires_at: received "2030-01-01T00:00:00\+02:00", expected an ISO 8601 date-time in UTC/,
    ],
    [
      'expires_at in the past',
      (client) => client.keys.create({ name: 'x', expires_at: '2020-01-01T00:00:00Z' }),
      /^Invalid expires_at: received "2020-01-01T00:00:00Z", expected a time in the future/,
    ],
    [
      'update expires_at',
      (client) => client.keys.update('abc', { expires_at: '2030-01-01T00:00:00Z' } as never),
      /^Invalid expires_at: it cannot change after a key is created/,
    ],
    [
      'update workspace_id',
      (client) => client.keys.update('abc', { workspace_id: DEFAULT_WORKSPACE_ID } as never),
      /^Invalid workspace_id: it cannot change after a key is created/,
    ],
    [
      'update creator_user_id',
      (client) => client.keys.update('abc', { creator_user_id: 'u' } as never),
      /^Invalid creator_user_id: it cannot change/,
    ],
    [
      'empty patch',
      (client) => client.keys.update('abc', {}),
      /^Invalid patch: received \{\}, expected at least one of/,
    ],
    [
      'update empty name',
      (client) => client.keys.update('abc', { name: '' }),
      /^Invalid name: received ""/,
    ],
    [
      'rotate retire soon',
      (client) => client.keys.rotate('abc', { retire: 'soon' as never }),
      /^Invalid retire: received "soon", expected one of keep, disable, delete/,
    ],
  ]

  it.each(cases)('%s', async (_name, send, message) => {
    const { client, mock } = await setup()
    const error = await caught(send(client))
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(message)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('create is never retried', () => {
  it('a 500 after the mock stored the key: one POST, CreateOutcomeUnknownError with that key', async () => {
    const { client, mock } = await setup({
      faults: [{ operation: 'createApiKey', afterCommit: true }],
    })
    const error = await caught(client.keys.create({ name: 'maybe', limit: 5 }))
    expect(CreateOutcomeUnknownError.isInstance(error)).toBe(true)
    const unknown = error as CreateOutcomeUnknownError
    expect(InternalServerError.isInstance(unknown.cause)).toBe(true)
    const stored = mock.listKeys({ includeDisabled: true }).filter((key) => key.name === 'maybe')
    expect(stored).toHaveLength(1)
    expect(unknown.candidates.map((key) => key.hash)).toEqual([stored[0]?.hash])
    expect(unknown.message).toContain(stored[0]?.hash)
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
    expect(
      mock.requests.filter((request) => request.operation === 'listApiKeys').length,
    ).toBeGreaterThan(0)
  })

  it('a create that times out after the key was stored: the same, one POST', async () => {
    const { client, mock } = await setup({
      faults: [{ operation: 'createApiKey', afterCommit: true, delayMs: 2_000 }],
    })
    const error = await caught(client.keys.create({ name: 'slow' }, { timeout: 200 }))
    expect(CreateOutcomeUnknownError.isInstance(error)).toBe(true)
    expect(APIConnectionTimeoutError.isInstance((error as CreateOutcomeUnknownError).cause)).toBe(
      true,
    )
    const stored = mock.listKeys().filter((key) => key.name === 'slow')
    expect((error as CreateOutcomeUnknownError).candidates.map((key) => key.hash)).toEqual(
      stored.map((key) => key.hash),
    )
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
  })

  it('a create whose connection drops, nothing stored: no candidates, and the message says so', async () => {
    const { client, mock } = await setup({ faults: [{ operation: 'createApiKey', drop: true }] })
    const error = (await caught(client.keys.create({ name: 'lost' }))) as CreateOutcomeUnknownError
    expect(CreateOutcomeUnknownError.isInstance(error)).toBe(true)
    expect(error.candidates).toEqual([])
    expect(error.message).toMatch(/most likely was not created/)
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(1)
  })

  it('a clear 400 is a BadRequestError, with no listing', async () => {
    const { client, mock } = await setup({ faults: [{ operation: 'createApiKey', status: 400 }] })
    expect(BadRequestError.isInstance(await caught(client.keys.create({ name: 'bad' })))).toBe(true)
    expect(mock.requests.map((request) => request.operation)).toEqual(['createApiKey'])
  })

  it('PATCH and DELETE answered 500 are sent exactly once', async () => {
    const { client, mock } = await setup()
    const { data } = await client.keys.create({ name: 'once' }).then((created) => {
      remember(created)
      return created
    })
    mock.clearRequests()
    mock.enqueueFaults(
      { operation: 'updateApiKey', status: 500 },
      { operation: 'deleteApiKey', status: 500 },
    )
    expect(InternalServerError.isInstance(await caught(client.keys.disable(data.hash)))).toBe(true)
    expect(InternalServerError.isInstance(await caught(client.keys.delete(data.hash)))).toBe(true)
    expect(mock.requests.map((request) => `${request.method} ${request.status}`)).toEqual([
      'PATCH 500',
      'DELETE 500',
    ])
  })
})

describe('rotate', () => {
  it.each(['keep', 'disable', 'delete'] as const)(
    'retire %s: a successor with the old settings',
    async (retire) => {
      const { client, mock } = await setup()
      const old = await client.keys.create({
        name: 'service',
        limit: 7,
        limit_reset: 'weekly',
        include_byok_in_limit: true,
      })
      remember(old)
      const rotated = await client.keys.rotate(old.data.hash, { retire })
      remember(rotated)
      expect(rotated.key).toMatch(SECRET_SHAPE)
      expect(rotated.key).not.toBe(old.key)
      expect(rotated.data).toMatchObject({
        name: 'service',
        limit: 7,
        limit_reset: 'weekly',
        include_byok_in_limit: true,
        workspace_id: old.data.workspace_id,
      })
      const stored = mock
        .listKeys({ includeDisabled: true })
        .find((key) => key.hash === old.data.hash)
      if (retire === 'delete') expect(stored).toBeUndefined()
      else expect(stored?.disabled).toBe(retire === 'disable')
      expect(rotated.previous.hash).toBe(old.data.hash)
      if (retire === 'disable') expect(rotated.previous.disabled).toBe(true)
    },
  )

  it('overrides win, null included; expires_at only when given', async () => {
    const { client } = await setup()
    const old = await client.keys.create({
      name: 'a',
      limit: 7,
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    })
    remember(old)
    const rotated = await client.keys.rotate(old.data.hash, { name: 'b', limit: null })
    remember(rotated)
    expect(rotated.data).toMatchObject({ name: 'b', limit: null })
    expect(rotated.data.expires_at ?? null).toBeNull()
  })

  it('rotationSuccessorBody: the old settings under the overrides, never the old expiry', async () => {
    const { client } = await setup()
    const old = await client.keys.create({
      name: 'a',
      limit: 7,
      limit_reset: 'weekly',
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    })
    remember(old)
    expect(rotationSuccessorBody(old.data, { name: 'b', limit: null })).toEqual({
      name: 'b',
      limit: null,
      limit_reset: 'weekly',
      include_byok_in_limit: old.data.include_byok_in_limit,
      workspace_id: old.data.workspace_id,
    })
  })

  it('a retire that fails after the successor exists: RotationError with the new secret, out of every log of it', async () => {
    const { client, mock } = await setup()
    const old = await client.keys.create({ name: 'rotating' })
    remember(old)
    mock.enqueueFaults({ operation: 'updateApiKey', status: 500 })
    const error = (await caught(
      client.keys.rotate(old.data.hash, { retire: 'disable' }),
    )) as RotationError
    expect(RotationError.isInstance(error)).toBe(true)
    const newSecret = remember(error.created)
    expect(newSecret).toMatch(SECRET_SHAPE)
    expect(error.created.data.name).toBe('rotating')
    expect(error.previous.hash).toBe(old.data.hash)
    expect(mock.listKeys().some((key) => key.hash === error.created.data.hash)).toBe(true)
    const { inspect } = await import('node:util')
    for (const shown of [
      error.message,
      String(error),
      JSON.stringify(error),
      error.stack ?? '',
      inspect(error),
      inspect(error, { depth: 5 }),
    ]) {
      expect(shown).not.toContain(newSecret)
    }
  })

  it('an unknown create outcome during a rotation retires nothing', async () => {
    const { client, mock } = await setup()
    const old = await client.keys.create({ name: 'stays' })
    remember(old)
    mock.enqueueFaults({ operation: 'createApiKey', afterCommit: true })
    expect(
      CreateOutcomeUnknownError.isInstance(
        await caught(client.keys.rotate(old.data.hash, { retire: 'delete' })),
      ),
    ).toBe(true)
    expect(mock.listKeys().find((key) => key.hash === old.data.hash)?.disabled).toBe(false)
    expect(mock.requests.some((request) => request.operation === 'deleteApiKey')).toBe(false)
  })
})

it('the logger shows request bodies and never a secret', async () => {
  const { client, logger } = await setup()
  const created = await client.keys.create({ name: 'logged' })
  remember(created)
  await client.keys.get(created.data.hash)
  const post = logger.lines.find((line) => line.startsWith('POST '))
  expect(post).toContain('"body":{"name":"logged"}')
  for (const line of logger.lines) expect(line).not.toContain(created.key)
})

scanRecordsForKey()
