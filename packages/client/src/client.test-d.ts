import type { ApiKey } from '@openrouter-kit/types'
import { describe, expectTypeOf, it } from 'vitest'
import { createOpenRouterClient } from './index'

const client = createOpenRouterClient({ apiKey: 'k' })

describe('keys.list types', () => {
  it('accepts the three parameters with their types', () => {
    client.keys.list({ include_disabled: true, offset: 0, workspace_id: 'x' })
    client.keys.list({ include_disabled: 'false', offset: null })
    client.keys.list()
    expectTypeOf(client.keys.list).returns.resolves.toEqualTypeOf<{ data: ApiKey[] }>()
  })

  it('rejects an unknown parameter', () => {
    // @ts-expect-error `limit` is not a parameter of GET /keys
    client.keys.list({ limit: 10 })
  })

  it('rejects a wrongly typed parameter', () => {
    // @ts-expect-error offset is a number
    client.keys.list({ offset: '10' })
    // @ts-expect-error include_disabled is a boolean or 'true' | 'false'
    client.keys.list({ include_disabled: 'yes' })
  })

  it('listAll takes no offset and yields ApiKey', () => {
    // @ts-expect-error listAll manages the offset
    client.keys.listAll({ offset: 5 })
    expectTypeOf(client.keys.listAll().toArray()).resolves.toEqualTypeOf<ApiKey[]>()
    client.keys.listAll({}, { onPage: ({ page, keys }) => page + keys, limit: 5 })
  })
})

describe('key lifecycle types', () => {
  it('create requires name; update takes no expires_at, workspace_id or creator_user_id', () => {
    // @ts-expect-error name is required
    client.keys.create({ limit: 5 })
    client.keys.create({
      name: 'ci',
      limit: null,
      limit_reset: 'monthly',
      expires_at: '2030-01-01T00:00:00Z',
    })
    // @ts-expect-error an expiry is fixed at creation
    client.keys.update('hash', { expires_at: '2030-01-01T00:00:00Z' })
    // @ts-expect-error so is the workspace
    client.keys.update('hash', { workspace_id: 'x' })
    client.keys.update('hash', { disabled: true, limit: null })
  })

  it('create resolves to { data, key } with the secret as a string; rotate adds previous', () => {
    expectTypeOf(client.keys.create).returns.resolves.toHaveProperty('key').toEqualTypeOf<string>()
    expectTypeOf(client.keys.rotate)
      .returns.resolves.toHaveProperty('previous')
      .toEqualTypeOf<ApiKey>()
    // @ts-expect-error retire is one of keep, disable, delete
    client.keys.rotate('hash', { retire: 'archive' })
  })
})
