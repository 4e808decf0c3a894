// Query-option factories: the same objects the hooks use, exported so apps can prefetch
// (`queryClient.prefetchQuery(apiKeysQueryOptions(client))`), render on the server, or read the
// cache with a typed key. Built with TanStack's own `queryOptions` helpers so `data` types flow
// into `getQueryData`/`setQueryData`.
import { type ApiKey, InvalidRequestError, type OpenRouterError } from '@openrouter-kit/client'
import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import type { OpenRouterKeysClient } from './client-type'
import type { ApiKeysPageParams, ApiKeysParams, ApiKeysQueryParams } from './params'
import {
  type ApiKeysInfiniteQueryKey,
  type ApiKeysPageQueryKey,
  type ApiKeysQueryKey,
  apiKeysInfiniteQueryKey,
  apiKeysPageQueryKey,
  apiKeysQueryKey,
  normaliseApiKeysPageParams,
  normaliseApiKeysParams,
  normaliseApiKeysQueryParams,
} from './query-keys'

/**
 * The client already retries what is worth retrying (429 and 5xx, honouring Retry-After, up to its
 * `maxRetries`). TanStack's own default of 3 more retries on top would multiply every failure into
 * up to 12 requests, so the factories turn it off; pass `retry` to a hook to opt back in.
 */
export const retry = false

/**
 * Every key (all pages, via the client's `listAll`) as one `ApiKey[]`; with `allWorkspaces: true`,
 * every key of every workspace (the client's `inventory`).
 */
export function apiKeysQueryOptions(client: OpenRouterKeysClient, params?: ApiKeysQueryParams) {
  const { allWorkspaces, ...query } = normaliseApiKeysQueryParams(params)
  return queryOptions<ApiKey[], OpenRouterError, ApiKey[], ApiKeysQueryKey>({
    queryKey: apiKeysQueryKey(params),
    queryFn: async ({ signal }) => {
      if (!allWorkspaces) return client.keys.listAll(query, { signal }).toArray()
      if (query.workspace_id !== undefined) {
        // Rejected here, before any request: one workspace and every workspace cannot both hold.
        throw new InvalidRequestError(
          `Invalid params: allWorkspaces: true lists every workspace, so workspace_id (received "${query.workspace_id}") must be left out`,
        )
      }
      return client.keys.inventory(query, { signal }).toArray()
    },
    retry,
  })
}

/** One page of keys starting at `params.offset` (default 0). */
export function apiKeysPageQueryOptions(client: OpenRouterKeysClient, params?: ApiKeysPageParams) {
  const query = normaliseApiKeysPageParams(params)
  return queryOptions<ApiKey[], OpenRouterError, ApiKey[], ApiKeysPageQueryKey>({
    queryKey: apiKeysPageQueryKey(query),
    queryFn: async ({ signal }) => (await client.keys.list(query, { signal })).data,
    retry,
  })
}

/** The next offset is the number of keys loaded so far; an empty page means there is no more. */
export function nextApiKeysOffset(lastPage: ApiKey[], allPages: ApiKey[][]): number | undefined {
  if (lastPage.length === 0) return undefined
  return allPages.reduce((loaded, page) => loaded + page.length, 0)
}

/** Offset pages for "load more" UIs: each page is an `ApiKey[]`, page params are offsets. */
export function apiKeysInfiniteQueryOptions(client: OpenRouterKeysClient, params?: ApiKeysParams) {
  const query = normaliseApiKeysParams(params)
  return infiniteQueryOptions<
    ApiKey[],
    OpenRouterError,
    InfiniteData<ApiKey[], number>,
    ApiKeysInfiniteQueryKey,
    number
  >({
    queryKey: apiKeysInfiniteQueryKey(query),
    queryFn: async ({ pageParam, signal }) =>
      (await client.keys.list({ ...query, offset: pageParam }, { signal })).data,
    initialPageParam: 0,
    getNextPageParam: nextApiKeysOffset,
    retry,
  })
}
