import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../test/harness'
import {
  apiKeysInfiniteQueryOptions,
  apiKeysPageQueryOptions,
  apiKeysQueryOptions,
  nextApiKeysOffset,
} from './query-options'

let h: Harness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => {
  await h.close()
})

describe('query options', () => {
  it('carry the normalised keys', () => {
    expect(apiKeysQueryOptions(h.client, { include_disabled: 'true' }).queryKey).toEqual([
      'openrouter',
      'keys',
      'all',
      { include_disabled: true },
    ])
    expect(apiKeysPageQueryOptions(h.client, { offset: 50 }).queryKey).toEqual([
      'openrouter',
      'keys',
      'page',
      { offset: 50 },
    ])
    expect(apiKeysInfiniteQueryOptions(h.client).queryKey).toEqual([
      'openrouter',
      'keys',
      'infinite',
      {},
    ])
  })

  it('prefetch into a QueryClient outside React', async () => {
    const queryClient = new QueryClient()
    const options = apiKeysQueryOptions(h.client, { include_disabled: true })
    await queryClient.prefetchQuery(options)
    expect(queryClient.getQueryData(options.queryKey)).toEqual(
      h.mock.listKeys({ includeDisabled: true }),
    )

    const infinite = apiKeysInfiniteQueryOptions(h.client)
    await queryClient.prefetchInfiniteQuery(infinite)
    expect(queryClient.getQueryData(infinite.queryKey)?.pages).toEqual([
      h.mock.listKeys().slice(0, 50),
    ])
  })
})

describe('nextApiKeysOffset', () => {
  const page = (n: number) => Array.from({ length: n }, () => h.mock.listKeys()[0]!)
  it('is the number of keys loaded so far', () => {
    expect(nextApiKeysOffset(page(50), [page(50)])).toBe(50)
    expect(nextApiKeysOffset(page(7), [page(50), page(7)])).toBe(57)
  })
  it('is undefined after an empty page', () => {
    expect(nextApiKeysOffset([], [page(50), []])).toBeUndefined()
  })
})
