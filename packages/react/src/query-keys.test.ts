import { hashKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import {
  activityQueryKey,
  apiKeyQueryKey,
  apiKeysInfiniteQueryKey,
  apiKeysPageQueryKey,
  apiKeysQueryKey,
  apiKeysRootQueryKey,
  creditsQueryKey,
  currentKeyQueryKey,
  workspacesQueryKey,
} from './query-keys'

describe('apiKeysQueryKey', () => {
  it('starts with the shared root so one invalidation reaches every listing', () => {
    expect(apiKeysRootQueryKey).toEqual(['openrouter', 'keys'])
    for (const key of [apiKeysQueryKey(), apiKeysPageQueryKey(), apiKeysInfiniteQueryKey()]) {
      expect(key.slice(0, 2)).toEqual(['openrouter', 'keys'])
    }
  })

  it('gives each listing kind its own third segment', () => {
    expect(apiKeysQueryKey()).toEqual(['openrouter', 'keys', 'all', {}])
    expect(apiKeysPageQueryKey()).toEqual(['openrouter', 'keys', 'page', {}])
    expect(apiKeysInfiniteQueryKey()).toEqual(['openrouter', 'keys', 'infinite', {}])
  })

  it("treats 'true' and true as the same filter", () => {
    expect(apiKeysQueryKey({ include_disabled: 'true' })).toEqual(
      apiKeysQueryKey({ include_disabled: true }),
    )
    expect(apiKeysQueryKey({ include_disabled: 'true' })[3]).toEqual({ include_disabled: true })
  })

  it('drops undefined fields and the server default include_disabled=false', () => {
    const expected = ['openrouter', 'keys', 'all', {}]
    expect(apiKeysQueryKey({ include_disabled: undefined, workspace_id: undefined })).toEqual(
      expected,
    )
    expect(apiKeysQueryKey({ include_disabled: false })).toEqual(expected)
    expect(apiKeysQueryKey({ include_disabled: 'false' })).toEqual(expected)
    expect(Object.keys(apiKeysQueryKey({ workspace_id: undefined })[3])).toEqual([])
  })

  it('keeps workspace_id and hashes equal regardless of field order', () => {
    const a = apiKeysQueryKey({ workspace_id: 'ws_1', include_disabled: 'true' })
    const b = apiKeysQueryKey({ include_disabled: true, workspace_id: 'ws_1' })
    expect(a[3]).toEqual({ include_disabled: true, workspace_id: 'ws_1' })
    expect(hashKey(a)).toBe(hashKey(b))
    expect(hashKey(a)).not.toBe(hashKey(apiKeysQueryKey({ workspace_id: 'ws_2' })))
  })

  it('keeps a value the API would reject, so the client can report it', () => {
    const bad = { include_disabled: 'yes' } as unknown as { include_disabled: 'true' }
    expect(apiKeysQueryKey(bad)[3]).toEqual({ include_disabled: 'yes' })
  })
})

describe('apiKeysPageQueryKey', () => {
  it('keeps a non-zero offset and drops offset 0, null and undefined', () => {
    expect(apiKeysPageQueryKey({ offset: 50 })[3]).toEqual({ offset: 50 })
    expect(apiKeysPageQueryKey({ offset: 0 })).toEqual(apiKeysPageQueryKey())
    expect(apiKeysPageQueryKey({ offset: null })).toEqual(apiKeysPageQueryKey())
    expect(apiKeysPageQueryKey({ offset: undefined, include_disabled: 'true' })[3]).toEqual({
      include_disabled: true,
    })
  })
})

describe('keys of the other queries', () => {
  it('keeps allWorkspaces only when true, as its own cache entry', () => {
    expect(apiKeysQueryKey({ allWorkspaces: false })).toEqual(apiKeysQueryKey())
    expect(apiKeysQueryKey({ allWorkspaces: true, include_disabled: 'true' })).toEqual([
      'openrouter',
      'keys',
      'all',
      { include_disabled: true, allWorkspaces: true },
    ])
  })

  it('puts one key and the current key under the listings root, the account elsewhere', () => {
    expect(apiKeyQueryKey('abc')).toEqual(['openrouter', 'keys', 'detail', 'abc'])
    expect(currentKeyQueryKey()).toEqual(['openrouter', 'keys', 'current'])
    expect(apiKeyQueryKey('abc').slice(0, 2)).toEqual(apiKeysRootQueryKey)
    expect(currentKeyQueryKey().slice(0, 2)).toEqual(apiKeysRootQueryKey)
    expect(workspacesQueryKey()).toEqual(['openrouter', 'workspaces'])
    expect(creditsQueryKey()).toEqual(['openrouter', 'credits'])
  })

  it('drops undefined activity filters so equal filters share an entry', () => {
    expect(activityQueryKey({ date: undefined, api_key_hash: 'h' })).toEqual([
      'openrouter',
      'activity',
      { api_key_hash: 'h' },
    ])
    expect(activityQueryKey()).toEqual(['openrouter', 'activity', {}])
  })
})
