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
