// Complete listings over offset paging: every item, each once (by its identity), page after
// page. Memory is one page plus the set of identities seen. Each page goes through the
// client's normal retries, so a failed page is retried in place, without restarting.

import { invalidMessage } from '@openrouter-kit/types/operations'
import { APIError, InvalidRequestError, OpenRouterError } from './errors'

/** What `listAll` returns: iterate with `for await`, or collect with `toArray()`. */
export interface Listing<Item> extends AsyncIterable<Item> {
  /** Every item in one array (mind the memory on very large accounts). */
  toArray(): Promise<Item[]>
}

/** Progress after each non-empty page: pages received and items yielded so far. */
export interface PageInfo {
  page: number
  keys: number
}

export interface ListingOptions {
  /** Called after each non-empty page with the page count and the items yielded so far. */
  onPage?: ((info: PageInfo) => void) | undefined
  /** Stop after this many items. */
  limit?: number | undefined
}

export interface OffsetSource {
  /** What the listing is called in messages, e.g. `keys.listAll`. */
  name: string
  /** The page that starts at `offset`. */
  fetchPage(offset: number): Promise<readonly unknown[]>
  /** The identity of an item, or undefined when the item is malformed (no string id). */
  idOf(item: unknown): string | undefined
}

/** A server that keeps answering beyond this many pages is broken, not big. */
export const MAX_PAGES = 10_000
/** Full pages in a row that bring nothing new before the listing ends (a server repeating a page). */
const STALE_PAGES_BEFORE_END = 3

/** Checks `limit` and `onPage` before anything is fetched. */
export function checkListingOptions(
  options: ListingOptions,
): Required<Pick<ListingOptions, 'limit'>> & ListingOptions {
  const { onPage, limit = Number.POSITIVE_INFINITY } = options
  if (onPage !== undefined && typeof onPage !== 'function') {
    throw new InvalidRequestError(
      invalidMessage('onPage', onPage, 'a function ({ page, keys }) => void'),
    )
  }
  const validLimit =
    limit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(limit) && limit >= 0)
  if (!validLimit) {
    throw new InvalidRequestError(
      invalidMessage('limit', limit, 'an integer >= 0 (the most items to yield)'),
    )
  }
  return { onPage, limit }
}

/**
 * Offset paging until a page is empty, or brings nothing new (a short page, or
 * STALE_PAGES_BEFORE_END full pages in a row), or `limit` items were yielded. The next offset is
 * the number of items received so far; a key created during the listing shifts later pages by
 * one, which the dedupe by identity absorbs.
 */
export function paginate<Item>(source: OffsetSource, options: ListingOptions = {}): Listing<Item> {
  const { onPage, limit } = checkListingOptions(options)

  async function* items(): AsyncGenerator<Item> {
    const seen = new Set<string>()
    let offset = 0
    let firstPageLength = 0
    let stalePages = 0
    for (let page = 1; seen.size < limit; page++) {
      if (page > MAX_PAGES) {
        throw new OpenRouterError(
          `${source.name}: stopped after ${MAX_PAGES} pages with new items on every page; the server or the account is changing faster than it can be listed`,
        )
      }
      const data = await source.fetchPage(offset)
      if (data.length === 0) return
      if (page === 1) firstPageLength = data.length
      offset += data.length
      let newItems = 0
      for (const item of data) {
        const id = source.idOf(item)
        if (id === undefined) {
          throw new APIError({
            status: 200,
            headers: new Headers(),
            message: `200 ${source.name}: the response did not have the expected shape: an item has no string identity`,
          })
        }
        if (seen.has(id) || seen.size >= limit) continue
        seen.add(id)
        newItems++
        yield item as Item
      }
      onPage?.({ page, keys: seen.size })
      if (newItems > 0) {
        stalePages = 0
        continue
      }
      // Nothing new: a short page is the end; a full one may be a repeat, so give it a few more.
      stalePages++
      if (data.length < firstPageLength || stalePages >= STALE_PAGES_BEFORE_END) return
    }
  }

  return {
    [Symbol.asyncIterator]: items,
    async toArray() {
      const all: Item[] = []
      for await (const item of items()) all.push(item)
      return all
    },
  }
}
