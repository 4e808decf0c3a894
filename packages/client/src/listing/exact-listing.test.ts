import { describe, expect, it } from 'vitest'
import { APIError, InvalidRequestError, OpenRouterError } from '../errors'
import { listExactlyOnce, MAX_PAGES, type PageSource } from './exact-listing'
import { checkListingOptions, type ListingOptions, toListing } from './listing'

type Item = { hash: string }
const item = (hash: string): Item => ({ hash })
const hashOf = (value: unknown) => {
  const hash = (value as { hash?: unknown } | null)?.hash
  return typeof hash === 'string' ? hash : undefined
}

/**
 * A source that answers with `pages` in turn (then empty pages), whatever the offset, and
 * records each offset: for sequential listings (concurrency 1) only.
 */
function scripted(pages: unknown[][]): PageSource & { offsets: number[] } {
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

function list(source: PageSource, options: ListingOptions = {}) {
  const checked = checkListingOptions({ concurrency: 1, ...options })
  return toListing(() => listExactlyOnce<Item>(source, checked))
}
const hashes = async (source: PageSource, options: ListingOptions = {}) =>
  (await list(source, options).toArray()).map((entry) => entry.hash)

describe('paging', () => {
  it('re-reads one item of the previous page and continues after it', async () => {
    const source = scripted([[item('a'), item('b')], [item('b'), item('c')], [item('c')]])
    const seen: unknown[] = []
    expect(await hashes(source, { onPage: (info) => seen.push(info) })).toEqual(['a', 'b', 'c'])
    expect(source.offsets).toEqual([0, 1, 2])
    expect(seen).toEqual([
      { page: 1, keys: 2 },
      { page: 2, keys: 3 },
    ])
  })

  it('ends on a page shorter than the longest one, with no extra request', async () => {
    const source = scripted([
      [item('a'), item('b'), item('c')],
      [item('c'), item('d')],
    ])
    expect(await hashes(source)).toEqual(['a', 'b', 'c', 'd'])
    expect(source.offsets).toEqual([0, 2])
  })

  it('ends cleanly after 3 full pages in a row with nothing new (a server repeating a page)', async () => {
    const repeated = [item('a'), item('b')]
    const source = scripted(Array.from({ length: 50 }, () => repeated))
    expect(await hashes(source)).toEqual(['a', 'b'])
    expect(source.offsets).toHaveLength(4)
  })

  it(`throws after ${MAX_PAGES} requests of new items instead of looping forever, saying why`, async () => {
    let calls = 0
    const source: PageSource = {
      name: 'test.listAll',
      idOf: hashOf,
      // Twenty new keys on every page, whatever the offset: it never ends.
      fetchPage: async () => {
        calls++
        return Array.from({ length: 20 }, (_, index) => item(`k${calls}-${index}`))
      },
    }
    const error = await list(source, { concurrency: 1 })
      .toArray()
      .catch((caught: unknown) => caught)
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/^test.listAll: stopped after 10000 pages/)
    expect(calls).toBe(MAX_PAGES)
  })

  it.each([[{}], [{ hash: 5 }], [null], ['abc']])(
    'an item without a string hash (%j) is a malformed response',
    async (bad) => {
      const error = await list(scripted([[item('a'), bad, item('b')]]))
        .toArray()
        .catch((caught: unknown) => caught)
      expect(APIError.isInstance(error)).toBe(true)
      expect((error as Error).message).toContain('did not have the expected shape')
    },
  )
})

describe('options are checked before anything is fetched', () => {
  it.each([null, Number.NaN, -1, 'abc', 1.5])('limit %p', (limit) => {
    const source = scripted([[item('a')]])
    expect(() => list(source, { limit: limit as number })).toThrow(InvalidRequestError)
    expect(() => list(source, { limit: limit as number })).toThrow(/^Invalid limit: received /)
    expect(source.offsets).toEqual([])
  })

  it.each([0, 33, 1.5, '4'])('concurrency %p', (concurrency) => {
    expect(() => list(scripted([]), { concurrency: concurrency as number })).toThrow(
      /^Invalid concurrency: received .*, expected an integer from 1 to 32$/,
    )
  })

  it('onPage that is not a function', () => {
    const source = scripted([[item('a')]])
    expect(() => list(source, { onPage: 'progress' as never })).toThrow(
      'Invalid onPage: received "progress", expected a function ({ page, keys }) => void',
    )
    expect(source.offsets).toEqual([])
  })

  it('limit 0 yields nothing and fetches nothing; limit 2 stops after two items', async () => {
    const none = scripted([[item('a')]])
    expect(await hashes(none, { limit: 0 })).toEqual([])
    expect(none.offsets).toEqual([])
    const two = scripted([[item('a'), item('b'), item('c')], [item('d')]])
    expect(await hashes(two, { limit: 2 })).toEqual(['a', 'b'])
    expect(two.offsets).toEqual([0])
  })
})

/** mulberry32: a seeded PRNG, so every failing run can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * An account in memory, newest first, paged 100 at a time, that changes at random before each
 * page is served: keys created at the front, deleted anywhere (before and after the cursor),
 * disabled (gone from a listing without include_disabled). Pages answer after a random delay so
 * that concurrent pages interleave with the changes.
 */
function changingAccount(seed: number, size: number) {
  const next = random(seed)
  let keys = Array.from({ length: size }, (_, index) => item(`k${index}`))
  const everDeleted = new Set<string>()
  let created = 0
  const source: PageSource & { requests: number } = {
    name: 'test.listAll',
    pageSize: 100,
    idOf: hashOf,
    requests: 0,
    fetchPage: async (offset) => {
      source.requests++
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 3)))
      const changes = Math.floor(next() * 4)
      for (let change = 0; change < changes; change++) {
        const roll = next()
        if (roll < 0.3) keys.unshift(item(`new${created++}`))
        else if (keys.length > 0) {
          const [removed] = keys.splice(Math.floor(next() * keys.length), 1)
          if (removed) everDeleted.add(removed.hash)
        }
      }
      return keys.slice(offset, offset + 100)
    },
  }
  const initial = keys.map((key) => key.hash)
  return {
    source,
    /** Keys that existed at the start and were never deleted or disabled. */
    survivors: () => initial.filter((hash) => !everDeleted.has(hash)),
    stop: () => {
      keys = [...keys]
    },
  }
}

describe('exactly once while the account changes (in memory, 50 seeds per concurrency)', () => {
  it.each([1, 4, 16])(
    'concurrency %i: every key that lived throughout appears once, none twice',
    async (concurrency) => {
      for (let seed = 1; seed <= 50; seed++) {
        const account = changingAccount(seed, 1_000)
        const listed = await hashes(account.source, { concurrency })
        expect(new Set(listed).size, `seed ${seed}: a key appeared twice`).toBe(listed.length)
        const got = new Set(listed)
        const lost = account.survivors().filter((hash) => !got.has(hash))
        expect(lost, `seed ${seed}, concurrency ${concurrency}: keys lost`).toEqual([])
      }
    },
  )

  it('with no changes, overlap costs about 1 % more requests than pages', async () => {
    const keys = Array.from({ length: 10_000 }, (_, index) => item(`k${index}`))
    let requests = 0
    const source: PageSource = {
      name: 'test.listAll',
      pageSize: 100,
      idOf: hashOf,
      fetchPage: async (offset) => {
        requests++
        return keys.slice(offset, offset + 100)
      },
    }
    expect(await hashes(source, { concurrency: 1 })).toHaveLength(10_000)
    expect(requests).toBeLessThanOrEqual(103)
  })
})

/**
 * 1,000 keys paged 100 at a time, counting requests in flight; page n answers after n ×
 * `delayMs`, so pages fetched ahead are still in flight when an earlier one is yielded.
 */
function slowAccount(delayMs: number) {
  const keys = Array.from({ length: 1_000 }, (_, index) => item(`k${index}`))
  const stats = { requests: 0, inFlight: 0, maxInFlight: 0, aborted: 0 }
  const source: PageSource = {
    name: 'test.listAll',
    pageSize: 100,
    idOf: hashOf,
    fetchPage: async (offset, { signal }) => {
      stats.requests++
      stats.inFlight++
      stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight)
      try {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(resolve, delayMs * (1 + offset / 100))
          signal.addEventListener('abort', () => {
            clearTimeout(timer)
            stats.aborted++
            reject(signal.reason)
          })
        })
        return keys.slice(offset, offset + 100)
      } finally {
        stats.inFlight--
      }
    },
  }
  return { source, stats }
}

describe('concurrency', () => {
  it.each([1, 4, 8])(
    'concurrency %i keeps at most that many pages in flight, and uses them',
    async (concurrency) => {
      const { source, stats } = slowAccount(5)
      expect(await hashes(source, { concurrency })).toHaveLength(1_000)
      expect(stats.maxInFlight).toBe(concurrency)
    },
  )

  it('concurrency 8 with nothing changing reads every offset once (a page fetched ahead is used, not fetched again)', async () => {
    const keys = Array.from({ length: 10_000 }, (_, index) => item(`k${index}`))
    const offsets: number[] = []
    const source: PageSource = {
      name: 'test.listAll',
      pageSize: 100,
      idOf: hashOf,
      fetchPage: async (offset) => {
        offsets.push(offset)
        await new Promise((resolve) => setTimeout(resolve, 1))
        return keys.slice(offset, offset + 100)
      },
    }
    expect(await hashes(source, { concurrency: 8 })).toHaveLength(10_000)
    expect(new Set(offsets).size).toBe(offsets.length)
    // 102 pages with the overlap, plus at most 7 fetched ahead past the end.
    expect(offsets.length).toBeLessThanOrEqual(102 + 7)
  })

  it('a break mid-listing aborts the pages in flight and sends nothing after', async () => {
    const { source, stats } = slowAccount(5)
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    let count = 0
    for await (const _key of list(source, { concurrency: 8 })) {
      if (++count === 150) break
    }
    const sent = stats.requests
    await new Promise((resolve) => setTimeout(resolve, 30))
    process.off('unhandledRejection', onUnhandled)
    expect(stats.inFlight).toBe(0)
    expect(stats.requests).toBe(sent)
    expect(stats.aborted).toBeGreaterThan(0)
    expect(unhandled).toEqual([])
  })

  it('an abort mid-listing rejects with the reason, aborts the pages in flight, sends nothing after', async () => {
    const { source, stats } = slowAccount(5)
    const controller = new AbortController()
    let count = 0
    const listing = list(source, { concurrency: 8, signal: controller.signal })
    const error = await (async () => {
      for await (const _key of listing) {
        if (++count === 150) controller.abort(new Error('stop'))
      }
    })().catch((caught: unknown) => caught)
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect((error as Error).name).toBe('APIUserAbortError')
    const sent = stats.requests
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(stats.inFlight).toBe(0)
    expect(stats.requests).toBe(sent)
  })

  it('a 429 retried inside a page halves the concurrency for the rest of the listing', async () => {
    const { source, stats } = slowAccount(2)
    const throttled: PageSource = {
      ...source,
      fetchPage: async (offset, request) => {
        if (offset === 0) request.onRetry(429)
        return source.fetchPage(offset, request)
      },
    }
    expect(await hashes(throttled, { concurrency: 8 })).toHaveLength(1_000)
    expect(stats.maxInFlight).toBe(4)
  })
})
