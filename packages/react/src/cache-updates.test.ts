import type { ApiKey } from '@openrouter-kit/client'
import { type InfiniteData, QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { patchCachedKey, restoreSnapshot, withoutSecret } from './cache-updates'
import {
  apiKeyQueryKey,
  apiKeysInfiniteQueryKey,
  apiKeysPageQueryKey,
  apiKeysQueryKey,
  creditsQueryKey,
  currentKeyQueryKey,
} from './query-keys'

const key = (hash: string, name: string) => ({ hash, name, disabled: false, limit: null }) as ApiKey

describe('withoutSecret', () => {
  it('drops key and keeps every other field', () => {
    const created = { hash: 'abc', name: 'New', key: 'sk-or-v1-secret' }
    expect(withoutSecret(created)).toEqual({ hash: 'abc', name: 'New' })
    expect(JSON.stringify(withoutSecret(created))).not.toContain('sk-or-v1-secret')
  })
})

describe('patchCachedKey', () => {
  it('patches the key in listings, pages, infinite pages and its own query, then restores', async () => {
    const queryClient = new QueryClient()
    const a = key('a', 'Alpha')
    const b = key('b', 'Beta')
    const infinite: InfiniteData<ApiKey[], number> = { pages: [[a], [b]], pageParams: [0, 1] }
    queryClient.setQueryData(apiKeysQueryKey(), [a, b])
    queryClient.setQueryData(apiKeysPageQueryKey(), [a, b])
    queryClient.setQueryData(apiKeysInfiniteQueryKey(), infinite)
    queryClient.setQueryData(apiKeyQueryKey('b'), b)
    queryClient.setQueryData(apiKeyQueryKey('a'), a)
    queryClient.setQueryData(currentKeyQueryKey(), { label: 'current' })
    queryClient.setQueryData(creditsQueryKey(), { total_credits: 1, total_usage: 0 })

    const snapshot = await patchCachedKey(queryClient, 'b', {
      disabled: true,
      name: 'Beta 2',
      limit: 9,
      limit_reset: 'daily',
    })
    const patched = { ...b, disabled: true, name: 'Beta 2', limit: 9 }
    expect(queryClient.getQueryData(apiKeysQueryKey())).toEqual([a, patched])
    expect(queryClient.getQueryData(apiKeysPageQueryKey())).toEqual([a, patched])
    expect(queryClient.getQueryData(apiKeysInfiniteQueryKey())).toEqual({
      pages: [[a], [patched]],
      pageParams: [0, 1],
    })
    expect(queryClient.getQueryData(apiKeyQueryKey('b'))).toEqual(patched)
    expect(queryClient.getQueryData(apiKeyQueryKey('a'))).toEqual(a)
    expect(queryClient.getQueryData(currentKeyQueryKey())).toEqual({ label: 'current' })

    restoreSnapshot(queryClient, snapshot)
    expect(queryClient.getQueryData(apiKeysQueryKey())).toEqual([a, b])
    expect(queryClient.getQueryData(apiKeysInfiniteQueryKey())).toEqual(infinite)
    expect(queryClient.getQueryData(apiKeyQueryKey('b'))).toEqual(b)
  })
})
