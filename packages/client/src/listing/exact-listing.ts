// Complete listings over offset paging that hold up while the account changes: every item that
// exists from the start of the listing to its end is yielded exactly once, whatever is created,
// deleted or disabled meanwhile (items created or deleted during the listing may or may not
// appear, never twice).
//
// How: each page after the first is read so that it overlaps the previous one by a few items,
// and the newest item already yielded that the page holds (its anchor) says where the new items
// start. Keys deleted before the cursor shift later pages back; when the shift is wider than the
// overlap, the page holds no yielded item, and the listing steps back until one does (and
// widens the overlap for the rest of the run). Keys created at the front shift pages forward,
// which the anchor absorbs. With `concurrency` > 1 the next pages are fetched ahead, each one
// checked the same way when its turn comes, so the guarantee holds for every concurrency.

import { userAbort } from '../core/sleep'
import { APIError, OpenRouterError } from '../errors'
import { createLimiter, type Limiter } from './limiter'
import type { CheckedListingOptions } from './listing'

export interface PageRequest {
  signal: AbortSignal
  /** Call when a retry follows a 429: the listing then slows down. */
  onRetry: (status: number | undefined) => void
}

export interface PageSource {
  /** What the listing is called in messages, e.g. `keys.listAll`. */
  name: string
  /** The server's full page length, when known (GET /keys: 100). */
  pageSize?: number | undefined
  /** The page that starts at `offset`. */
  fetchPage(offset: number, request: PageRequest): Promise<readonly unknown[]>
  /** The identity of an item, or undefined when the item is malformed (no string id). */
  idOf(item: unknown): string | undefined
}

/** A server that keeps answering beyond this many pages is broken, not big. */
export const MAX_PAGES = 10_000
/** Full pages in a row that bring nothing new before the listing ends (a server repeating a page). */
const STALE_PAGES_BEFORE_END = 3
/** Items each page re-reads of the previous one; widened after the list moved back. */
const INITIAL_OVERLAP = 1
const MAX_OVERLAP = 16

interface Prefetch {
  promise: Promise<readonly unknown[]>
  controller: AbortController
}

/** What `listExactlyOnce` needs besides the source: checked options and, optionally, a shared limiter. */
export type ExactListingOptions = CheckedListingOptions & { limiter?: Limiter | undefined }

function malformed(name: string): APIError {
  return new APIError({
    status: 200,
    headers: new Headers(),
    message: `200 ${name}: the response did not have the expected shape: an item has no string identity`,
  })
}

export async function* listExactlyOnce<Item>(
  source: PageSource,
  options: ExactListingOptions,
): AsyncGenerator<Item> {
  const { limit, onPage, signal } = options
  const limiter = options.limiter ?? createLimiter(options.concurrency)
  // Ends every request of this listing when it finishes, breaks or fails.
  const stop = new AbortController()
  const onCallerAbort = () => stop.abort(signal?.reason)
  signal?.addEventListener('abort', onCallerAbort, { once: true })
  const prefetched = new Map<number, Prefetch>()
  let requests = 0

  function request(offset: number): Prefetch {
    requests++
    if (requests > MAX_PAGES) {
      throw new OpenRouterError(
        `${source.name}: stopped after ${MAX_PAGES} pages with new items on every page; the server or the account is changing faster than it can be listed`,
      )
    }
    const controller = new AbortController()
    const onStop = () => controller.abort(stop.signal.reason)
    stop.signal.addEventListener('abort', onStop, { once: true })
    const promise = (async () => {
      const release = await limiter.acquire(controller.signal)
      try {
        return await source.fetchPage(offset, {
          signal: controller.signal,
          onRetry: (status) => {
            if (status === 429) limiter.lower()
          },
        })
      } finally {
        release()
        stop.signal.removeEventListener('abort', onStop)
      }
    })()
    // A page abandoned (the listing ended or stepped back) must not become an unhandled rejection.
    promise.catch(() => undefined)
    return { promise, controller }
  }

  /** The page at `offset`: fetched ahead already, or now. */
  function pageAt(offset: number): Promise<readonly unknown[]> {
    const ahead = prefetched.get(offset)
    prefetched.delete(offset)
    return (ahead ?? request(offset)).promise
  }

  function dropPrefetched(keep: (offset: number) => boolean) {
    for (const [offset, { controller }] of prefetched) {
      if (keep(offset)) continue
      controller.abort()
      prefetched.delete(offset)
    }
  }

  try {
    // Identity -> the order in which it was yielded.
    const seen = new Map<string, number>()
    let offset = 0
    let overlap = INITIAL_OVERLAP
    let firstPageLength: number | undefined
    // The longest page seen: a shorter one is the end of the list. Never assumed from the
    // documented size, only observed, so a server with smaller pages loses nothing.
    let longestPage = 0
    // Known once the first page has the documented size, or two pages have the same length:
    // only then are pages fetched ahead (a short account needs no speculative requests).
    let fullPageLength: number | undefined
    let stalePages = 0
    let pagesWithItems = 0
    // How many pages are fetched ahead of the current one (see below).
    let depth = 0

    while (seen.size < limit) {
      if (signal?.aborted) throw userAbort(signal)
      const current = pageAt(offset)
      // Fetch ahead the pages that follow if nothing changes: one more after each full page,
      // doubling up to the concurrency, so a small account costs no speculative requests and a
      // large one soon has every slot busy.
      if (fullPageLength !== undefined && firstPageLength === fullPageLength) {
        const stride = fullPageLength - overlap
        // With a limit, no more pages than it takes to reach it.
        const pagesNeeded = Math.ceil((limit - seen.size) / stride)
        const ahead = Math.min(depth, limiter.limit - 1, pagesNeeded - 1)
        for (let page = 1; page <= ahead; page++) {
          const planned = offset + page * stride
          if (!prefetched.has(planned)) prefetched.set(planned, request(planned))
        }
      }
      const items = await current
      const ids = items.map((item) => source.idOf(item))
      if (ids.some((id) => id === undefined)) throw malformed(source.name)
      if (firstPageLength === undefined) {
        firstPageLength = items.length
        if (items.length === 0) return
        if (items.length === source.pageSize) fullPageLength = items.length
      } else if (fullPageLength === undefined && items.length === firstPageLength) {
        fullPageLength = items.length
      }
      longestPage = Math.max(longestPage, items.length)
      if (items.length === fullPageLength) depth = Math.max(1, depth * 2)

      // The newest already-yielded item this page holds says where the new ones start.
      let anchor = -1
      let anchorOrder = -1
      for (const [index, id] of ids.entries()) {
        const order = seen.get(id as string)
        if (order !== undefined && order > anchorOrder) {
          anchor = index
          anchorOrder = order
        }
      }
      if (offset > 0 && anchor === -1) {
        // The list moved back past the overlap (or shrank below this offset): step back to a
        // page that holds an item already yielded, and overlap more from now on.
        overlap = Math.min(MAX_OVERLAP, overlap * 2)
        offset = Math.max(0, offset - Math.max(1, longestPage - 1))
        dropPrefetched(() => false)
        continue
      }
      if (offset > 0 && anchor < overlap - 1) overlap = Math.min(MAX_OVERLAP, overlap * 2)

      let fresh = 0
      for (let index = anchor + 1; index < items.length && seen.size < limit; index++) {
        const id = ids[index] as string
        if (seen.has(id)) continue
        seen.set(id, seen.size)
        fresh++
        yield items[index] as Item
      }
      if (fresh > 0) {
        pagesWithItems++
        onPage?.({ page: pagesWithItems, keys: seen.size })
      }
      // A page shorter than the longest one, or holding no more than the overlap, was the end of
      // the list when it was read.
      if (items.length < longestPage || items.length <= overlap) return
      stalePages = fresh === 0 ? stalePages + 1 : 0
      if (stalePages >= STALE_PAGES_BEFORE_END) return
      const next = offset + items.length - overlap
      dropPrefetched((planned) => planned > next)
      offset = next
    }
  } finally {
    signal?.removeEventListener('abort', onCallerAbort)
    stop.abort()
  }
}
