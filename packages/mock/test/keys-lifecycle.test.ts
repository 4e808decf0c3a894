// The key operations with their state: create (a real-looking secret, its SHA-256 as hash, the
// masked label), get, update, delete, and GET /key for the key presented.
import { createHash } from 'node:crypto'
import type { ApiKey, CurrentKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import {
  createMockServer,
  DEFAULT_WORKSPACE_ID,
  OTHER_WORKSPACE_ID,
  THIRD_WORKSPACE_ID,
} from '../src/index'
import { conformingBody } from './spec-validator'
import { call, openPerTest, TRANSPORTS } from './transports'

const NOW = '2026-03-11T10:00:00Z'

type Created = { data: ApiKey; key: string }

describe.each(TRANSPORTS)('key lifecycle (%s)', (kind) => {
  const open = openPerTest(kind)

  async function create(transport: Parameters<typeof call>[0], body: unknown): Promise<Created> {
    const response = await call(transport, '/keys', { method: 'POST', body })
    expect(response.status).toBe(201)
    return (await conformingBody(response, 'createApiKey')) as Created
  }

  it('POST /keys: 201 with a secret, its SHA-256 as hash, the masked label, now and zero usage', async () => {
    const { mock, transport } = await open({ now: NOW })
    const { data, key } = await create(transport, {
      name: 'Customer 42',
      limit: 25,
      limit_reset: 'monthly',
      include_byok_in_limit: true,
      expires_at: '2027-01-01T00:00:00Z',
      creator_user_id: 'user_2abc',
    })
    expect(key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    expect(data.hash).toBe(createHash('sha256').update(key).digest('hex'))
    expect(data.label).toBe(`sk-or-v1-${key.slice(9, 12)}...${key.slice(-4)}`)
    expect(data).toEqual({
      hash: data.hash,
      name: 'Customer 42',
      label: data.label,
      disabled: false,
      limit: 25,
      limit_remaining: 25,
      limit_reset: 'monthly',
      include_byok_in_limit: true,
      usage: 0,
      usage_daily: 0,
      usage_weekly: 0,
      usage_monthly: 0,
      byok_usage: 0,
      byok_usage_daily: 0,
      byok_usage_weekly: 0,
      byok_usage_monthly: 0,
      created_at: NOW,
      updated_at: null,
      creator_user_id: 'user_2abc',
      workspace_id: DEFAULT_WORKSPACE_ID,
      expires_at: '2027-01-01T00:00:00Z',
    })
    // Newest first in its workspace, and stored as served.
    expect(mock.listKeys()[0]).toEqual(data)
    expect(mock.getKey(data.hash)).toEqual(data)
  })

  it('POST /keys defaults: no limit, no reset, no expiry, the default workspace', async () => {
    const { transport } = await open()
    const { data } = await create(transport, { name: 'Plain' })
    expect(data).toMatchObject({
      limit: null,
      limit_remaining: null,
      limit_reset: null,
      include_byok_in_limit: false,
      expires_at: null,
      creator_user_id: null,
      workspace_id: DEFAULT_WORKSPACE_ID,
    })
  })

  it('POST /keys into another workspace, named in any case; an unknown one is a 400', async () => {
    const { mock, transport } = await open()
    const { data } = await create(transport, {
      name: 'Staging key',
      workspace_id: THIRD_WORKSPACE_ID.toUpperCase(),
    })
    expect(data.workspace_id).toBe(THIRD_WORKSPACE_ID)
    expect(mock.listKeys({ workspaceId: THIRD_WORKSPACE_ID })[0]).toEqual(data)
    expect(mock.listKeys()).not.toContainEqual(data)

    const unknown = '11111111-2222-4333-8444-555555555555'
    const before = mock.listKeys({ includeDisabled: true })
    const response = await call(transport, '/keys', {
      method: 'POST',
      body: { name: 'Nowhere', workspace_id: unknown },
    })
    expect(response.status).toBe(400)
    expect(await conformingBody(response, 'createApiKey')).toEqual({
      error: {
        code: 400,
        message: `Invalid workspace_id: received "${unknown}", expected the id of a workspace of this account`,
      },
    })
    expect(mock.listKeys({ includeDisabled: true })).toEqual(before)
  })

  it('draws secrets from the seeded PRNG: the same randomSeed creates the same keys', async () => {
    const { transport } = await open({ randomSeed: 9 })
    const first = await create(transport, { name: 'A' })
    const second = await create(transport, { name: 'B' })
    expect(second.key).not.toBe(first.key)
    const again = createMockServer({ randomSeed: 9 })
    const replay = (await (
      await again.fetch('http://mock.test/api/v1/keys', {
        method: 'POST',
        headers: { authorization: 'Bearer sk-or-v1-mock-management-key' },
        body: JSON.stringify({ name: 'A' }),
      })
    ).json()) as Created
    expect(replay.key).toBe(first.key)
  })

  it('GET /keys/{hash}: the key, or 404 for an unknown hash', async () => {
    const { mock, transport } = await open({ seed: 5 })
    const [key] = mock.listKeys()
    const found = await call(transport, `/keys/${key?.hash}`)
    expect(found.status).toBe(200)
    expect(await conformingBody(found, 'getApiKey')).toEqual({ data: key })
    for (const hash of ['0'.repeat(64), 'a%2Fb', 'x y']) {
      const missing = await call(transport, `/keys/${hash}`)
      expect(missing.status).toBe(404)
      expect(await conformingBody(missing, 'getApiKey')).toEqual({
        error: { code: 404, message: 'API key not found' },
      })
    }
  })

  it('PATCH /keys/{hash}: changes the given fields, sets updated_at, recomputes limit_remaining', async () => {
    const { mock, transport } = await open({ now: NOW })
    const { data } = await create(transport, { name: 'Budgeted', limit: 10 })
    mock.recordUsage(data.hash, 4)
    mock.setNow('2026-03-11T11:00:00Z')
    const response = await call(transport, `/keys/${data.hash}`, {
      method: 'PATCH',
      body: { name: 'Budgeted more', limit: 30, include_byok_in_limit: true },
    })
    expect(response.status).toBe(200)
    const { data: updated } = (await conformingBody(response, 'updateApiKey')) as { data: ApiKey }
    expect(updated).toEqual({
      ...data,
      name: 'Budgeted more',
      limit: 30,
      limit_remaining: 26,
      include_byok_in_limit: true,
      usage: 4,
      usage_daily: 4,
      usage_weekly: 4,
      usage_monthly: 4,
      updated_at: '2026-03-11T11:00:00Z',
    })
    expect(mock.getKey(data.hash)).toEqual(updated)

    const unlimited = await call(transport, `/keys/${data.hash}`, {
      method: 'PATCH',
      body: { limit: null },
    })
    expect(((await unlimited.json()) as { data: ApiKey }).data.limit_remaining).toBeNull()
  })

  it('PATCH disabled hides the key from the default listing and back', async () => {
    const { mock, transport } = await open({ seed: 4 })
    const [key] = mock.listKeys()
    if (!key) throw new Error('expected a key')
    await call(transport, `/keys/${key.hash}`, { method: 'PATCH', body: { disabled: true } })
    expect(mock.listKeys().map(({ hash }) => hash)).not.toContain(key.hash)
    expect(mock.listKeys({ includeDisabled: true })[0]).toMatchObject({
      hash: key.hash,
      disabled: true,
    })
    await call(transport, `/keys/${key.hash}`, { method: 'PATCH', body: { disabled: false } })
    expect(mock.listKeys()[0]?.hash).toBe(key.hash)
  })

  it('PATCH refuses what cannot change after creation, and 404s an unknown hash', async () => {
    const { mock, transport } = await open()
    const [key] = mock.listKeys()
    for (const field of ['workspace_id', 'expires_at', 'creator_user_id', 'hash']) {
      const response = await call(transport, `/keys/${key?.hash}`, {
        method: 'PATCH',
        body: { [field]: 'x' },
      })
      expect(response.status).toBe(400)
      const body = (await conformingBody(response, 'updateApiKey')) as {
        error: { message: string }
      }
      expect(body.error.message).toMatch(new RegExp(`^Invalid field name: received "${field}"`))
    }
    const missing = await call(transport, `/keys/${'f'.repeat(64)}`, {
      method: 'PATCH',
      body: { name: 'x' },
    })
    expect(missing.status).toBe(404)
    await conformingBody(missing, 'updateApiKey')
    expect(mock.getKey(key?.hash ?? '')).toEqual(key)
  })

  it('DELETE /keys/{hash}: { deleted: true }, then 404 for get, update and delete', async () => {
    const { mock, transport } = await open({ seed: 3 })
    const [key] = mock.listKeys()
    const deleted = await call(transport, `/keys/${key?.hash}`, { method: 'DELETE' })
    expect(deleted.status).toBe(200)
    expect(await conformingBody(deleted, 'deleteApiKey')).toEqual({ deleted: true })
    expect(mock.getKey(key?.hash ?? '')).toBeUndefined()
    expect(mock.listKeys({ includeDisabled: true }).map(({ hash }) => hash)).not.toContain(
      key?.hash,
    )
    const again = [
      ['GET', 'getApiKey', undefined],
      ['PATCH', 'updateApiKey', { name: 'x' }],
      ['DELETE', 'deleteApiKey', undefined],
    ] as const
    for (const [method, operationId, body] of again) {
      const response = await call(transport, `/keys/${key?.hash}`, { method, body })
      expect(response.status).toBe(404)
      await conformingBody(response, operationId)
    }
  })

  it('GET /key: a management key, and a created key seeing its own limit and usage', async () => {
    const { mock, transport } = await open({ now: NOW })
    const management = await call(transport, '/key')
    expect(management.status).toBe(200)
    const { data: managementInfo } = (await conformingBody(management, 'getCurrentKey')) as {
      data: CurrentKey
    }
    expect(managementInfo).toMatchObject({ is_management_key: true, limit: null, usage: 0 })

    const { data, key } = await create(transport, {
      name: 'Self-aware',
      limit: 5,
      limit_reset: 'daily',
      expires_at: '2026-12-31T23:59:59Z',
    })
    mock.recordUsage(data.hash, 1.25)
    const own = await call(transport, '/key', { token: key })
    expect(own.status).toBe(200)
    const { data: info } = (await conformingBody(own, 'getCurrentKey')) as { data: CurrentKey }
    expect(info).toMatchObject({
      label: data.label,
      limit: 5,
      limit_remaining: 3.75,
      limit_reset: 'daily',
      usage: 1.25,
      usage_daily: 1.25,
      expires_at: '2026-12-31T23:59:59Z',
      is_management_key: false,
      is_provisioning_key: false,
      is_free_tier: false,
    })
    expect(JSON.stringify(info)).not.toContain(key)
  })

  it('lists keys created in other workspaces only there', async () => {
    const { mock, transport } = await open()
    const other = await create(transport, { name: 'Other', workspace_id: OTHER_WORKSPACE_ID })
    const listed = await call(transport, `/keys?workspace_id=${OTHER_WORKSPACE_ID}`)
    expect(((await conformingBody(listed)) as { data: ApiKey[] }).data[0]).toEqual(other.data)
    expect(mock.listKeys().map(({ hash }) => hash)).not.toContain(other.data.hash)
  })
})
