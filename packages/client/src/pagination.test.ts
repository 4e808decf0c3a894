import type { ApiKey } from '@openrouter-kit/types'
import { expect, it } from 'vitest'
import { OpenRouterError } from './errors'
import { paginate } from './pagination'

const key = (hash: string) => ({ hash }) as ApiKey

it('throws after 10,000 pages instead of looping forever', async () => {
  const offsets: number[] = []
  // A server that never returns an empty page.
  const keys = paginate(async (offset) => {
    offsets.push(offset)
    return { data: [key(`k${offset}`)] }
  })
  const error = await keys.toArray().catch((e: unknown) => e)
  expect(OpenRouterError.isInstance(error)).toBe(true)
  expect((error as Error).message).toBe('listAll: over 10000 pages')
  expect(offsets).toHaveLength(10_000)
  expect(offsets.at(-1)).toBe(9_999)
})

it('dedupes by hash and moves the offset by keys received, duplicates included', async () => {
  const pages = [[key('a'), key('b')], [key('b'), key('c')], []]
  const offsets: number[] = []
  const seen: unknown[] = []
  const keys = paginate(
    async (offset) => {
      offsets.push(offset)
      return { data: pages.shift()! }
    },
    (info) => seen.push(info),
  )
  expect((await keys.toArray()).map((k) => k.hash)).toEqual(['a', 'b', 'c'])
  expect(offsets).toEqual([0, 2, 4])
  expect(seen).toEqual([
    { page: 1, keys: 2 },
    { page: 2, keys: 3 },
  ])
})
