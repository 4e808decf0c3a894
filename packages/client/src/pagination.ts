// listAll: every key, page after page, each hash once.
import type { ApiKey, ListApiKeysResponse } from '@openrouter-kit/types'
import { OpenRouterError } from './errors'

/** What `listAll` returns: iterate with `for await`, or collect with `toArray()`. */
export interface KeyIterable extends AsyncIterable<ApiKey> {
  /** All keys in one array (mind the memory on very large accounts). */
  toArray(): Promise<ApiKey[]>
}

/** Progress after each non-empty page: pages received and keys yielded so far. */
export interface PageInfo {
  page: number
  keys: number
}

/**
 * Offset paging until an empty page. The offset is the number of keys received so far; a key
 * created during the listing shifts later pages by one, so keys are deduplicated by hash. Memory
 * is one page plus the set of seen hashes. Each page goes through the client's normal retries, so
 * a failed page is retried in place, without restarting the listing.
 */
export function paginate(
  getPage: (offset: number) => Promise<ListApiKeysResponse>,
  onPage?: (info: PageInfo) => void,
  limit = 1 / 0,
): KeyIterable {
  async function* keys() {
    const seen = new Set<string>()
    for (let page = 1, offset = 0; seen.size < limit; page++) {
      // Stop rather than loop forever on a server that never returns an empty page.
      if (page > 1e4) throw new OpenRouterError('listAll: over 10000 pages')
      const { data } = await getPage(offset)
      if (!data?.[0]) return
      offset += data.length
      for (const key of data)
        if (!seen.has(key.hash) && seen.size < limit) yield seen.add(key.hash) && key
      onPage?.({ page, keys: seen.size })
    }
  }
  return {
    [Symbol.asyncIterator]: keys,
    async toArray() {
      const all: ApiKey[] = []
      for await (const key of keys()) all.push(key)
      return all
    },
  }
}
