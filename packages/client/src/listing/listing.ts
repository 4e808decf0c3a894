// What a complete listing returns, and the options every listing takes.
import { invalidMessage } from '@openrouter-kit/types/operations'
import { InvalidRequestError } from '../errors'

/** Iterate with `for await`, or collect with `toArray()`. */
export interface Listing<Item> extends AsyncIterable<Item> {
  /** Every item in one array (mind the memory on very large accounts). */
  toArray(): Promise<Item[]>
}

/** Progress after each page that brought something: pages read and items yielded so far. */
export interface PageInfo {
  page: number
  keys: number
}

export interface ListingOptions {
  signal?: AbortSignal | null | undefined
  /** Called after each page that brought items, with the page count and the items so far. */
  onPage?: ((info: PageInfo) => void) | undefined
  /** Stop after this many items. */
  limit?: number | undefined
  /** Pages fetched at once once the first page is full. Default 4; 1 is strictly sequential. */
  concurrency?: number | undefined
}

export const DEFAULT_CONCURRENCY = 4
/** More than this only invites rate limits. */
export const MAX_CONCURRENCY = 32

export interface CheckedListingOptions {
  signal: AbortSignal | undefined
  onPage: ((info: PageInfo) => void) | undefined
  limit: number
  concurrency: number
}

/** Checks a listing's options before anything is fetched. */
export function checkListingOptions(options: ListingOptions = {}): CheckedListingOptions {
  const { onPage, limit = Number.POSITIVE_INFINITY, concurrency = DEFAULT_CONCURRENCY } = options
  const fail = (name: string, value: unknown, expected: string): never => {
    throw new InvalidRequestError(invalidMessage(name, value, expected))
  }
  if (onPage !== undefined && typeof onPage !== 'function')
    fail('onPage', onPage, 'a function ({ page, keys }) => void')
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isSafeInteger(limit) && limit >= 0))) {
    fail('limit', limit, 'an integer >= 0 (the most items to yield)')
  }
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= MAX_CONCURRENCY)) {
    fail('concurrency', concurrency, `an integer from 1 to ${MAX_CONCURRENCY}`)
  }
  const signal = options.signal ?? undefined
  return { signal, onPage, limit, concurrency }
}

/** A Listing over an async generator function (each iteration starts a fresh listing). */
export function toListing<Item>(items: () => AsyncGenerator<Item>): Listing<Item> {
  return {
    [Symbol.asyncIterator]: items,
    async toArray() {
      const all: Item[] = []
      for await (const item of items()) all.push(item)
      return all
    },
  }
}
