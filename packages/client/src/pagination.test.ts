import { expect, it } from 'vitest'
import { APIError, InvalidRequestError, OpenRouterError } from './errors'
import { MAX_PAGES, type OffsetSource, paginate } from './pagination'

const key = (hash: string) => ({ hash })
const hashOf = (item: unknown) => {
  const hash = (item as { hash?: unknown })?.hash
  return typeof hash === 'string' ? hash : undefined
}

/** A source that answers with `pages` in turn (then empty pages) and records each offset. */
function scripted(pages: unknown[][]): OffsetSource & { offsets: number[] } {
  const offsets: number[] = []
  return {
    name: 'test.listAll',
    offsets,
    idOf: hashOf,
    fetchPage: async (offset) => {
      offsets.push(offset)
      return pages.shift() ?? []
    },
  }
}

it('dedupes by hash and moves the offset by items received, duplicates included', async () => {
  const source = scripted([[key('a'), key('b')], [key('b'), key('c')], []])
  const seen: unknown[] = []
  const items = await paginate<{ hash: string }>(source, {
    onPage: (info) => seen.push(info),
  }).toArray()
  expect(items.map((item) => item.hash)).toEqual(['a', 'b', 'c'])
  expect(source.offsets).toEqual([0, 2, 4])
  expect(seen).toEqual([
    { page: 1, keys: 2 },
    { page: 2, keys: 3 },
  ])
})

it('ends cleanly on a short page that brings nothing new', async () => {
  const source = scripted([[key('a'), key('b')], [key('b')]])
  expect((await paginate<{ hash: string }>(source).toArray()).map((item) => item.hash)).toEqual([
    'a',
    'b',
  ])
  expect(source.offsets).toEqual([0, 2])
})

it('ends cleanly after 3 full pages in a row with nothing new (a server repeating a page)', async () => {
  const repeated = [key('a'), key('b')]
  const source = scripted(Array.from({ length: 50 }, () => repeated))
  expect((await paginate<{ hash: string }>(source).toArray()).map((item) => item.hash)).toEqual([
    'a',
    'b',
  ])
  expect(source.offsets).toEqual([0, 2, 4, 6])
})

it(`throws after ${MAX_PAGES} pages of new items instead of looping forever, saying why`, async () => {
  const offsets: number[] = []
  const source: OffsetSource = {
    name: 'test.listAll',
    idOf: hashOf,
    fetchPage: async (offset) => {
      offsets.push(offset)
      return [key(`k${offset}`)]
    },
  }
  const error = await paginate(source)
    .toArray()
    .catch((caught: unknown) => caught)
  expect(OpenRouterError.isInstance(error)).toBe(true)
  expect((error as Error).message).toMatch(
    /^test.listAll: stopped after 10000 pages with new items on every page/,
  )
  expect(offsets).toHaveLength(MAX_PAGES)
})

it.each([[{}], [{ hash: 5 }], [null], ['abc']])(
  'a listed item without a string hash (%j) is a malformed response',
  async (item) => {
    const source = scripted([[key('a'), item, key('b')]])
    const error = await paginate(source)
      .toArray()
      .catch((caught: unknown) => caught)
    expect(APIError.isInstance(error)).toBe(true)
    expect((error as Error).message).toContain('did not have the expected shape')
  },
)

it.each([null, Number.NaN, -1, 'abc', 1.5])(
  'limit %p is refused before anything is fetched',
  (limit) => {
    const source = scripted([[key('a')]])
    expect(() => paginate(source, { limit: limit as number })).toThrow(InvalidRequestError)
    expect(() => paginate(source, { limit: limit as number })).toThrow(/^Invalid limit: received /)
    expect(source.offsets).toEqual([])
  },
)

it('onPage that is not a function is refused before anything is fetched', () => {
  const source = scripted([[key('a')]])
  expect(() => paginate(source, { onPage: 'progress' as never })).toThrow(
    'Invalid onPage: received "progress", expected a function ({ page, keys }) => void',
  )
  expect(source.offsets).toEqual([])
})

it('limit 0 yields nothing and fetches nothing; limit 2 stops after two items', async () => {
  const none = scripted([[key('a')]])
  expect(await paginate(none, { limit: 0 }).toArray()).toEqual([])
  expect(none.offsets).toEqual([])
  const two = scripted([[key('a'), key('b'), key('c')], [key('d')]])
  expect(
    (await paginate<{ hash: string }>(two, { limit: 2 }).toArray()).map((item) => item.hash),
  ).toEqual(['a', 'b'])
  expect(two.offsets).toEqual([0])
})
