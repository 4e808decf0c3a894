// The hooks are thin: each one is TanStack's hook fed by the matching option factory, with the
// caller's options passed through. TanStack hands the queryFn an AbortSignal that fires when the
// query is cancelled or no component needs it any more; the factories pass it to the client.
import type { ApiKey, OpenRouterError } from '@openrouter-kit/client'
import {
  type InfiniteData,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseQueryOptions,
  type UseQueryResult,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
  useInfiniteQuery,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query'
import type { ApiKeysPageParams, ApiKeysParams, ApiKeysQueryParams } from './params'
import { useOpenRouterClient } from './provider'
import type { ApiKeysInfiniteQueryKey, ApiKeysPageQueryKey, ApiKeysQueryKey } from './query-keys'
import {
  apiKeysInfiniteQueryOptions,
  apiKeysPageQueryOptions,
  apiKeysQueryOptions,
} from './query-options'

/** TanStack's query options minus what the hook decides (the key and the fetch). */
export type ApiKeysQueryHookOptions<TData = ApiKey[]> = Omit<
  UseQueryOptions<ApiKey[], OpenRouterError, TData, ApiKeysQueryKey>,
  'queryKey' | 'queryFn'
>

export type ApiKeysPageQueryHookOptions<TData = ApiKey[]> = Omit<
  UseQueryOptions<ApiKey[], OpenRouterError, TData, ApiKeysPageQueryKey>,
  'queryKey' | 'queryFn'
>

export type SuspenseApiKeysQueryHookOptions<TData = ApiKey[]> = Omit<
  UseSuspenseQueryOptions<ApiKey[], OpenRouterError, TData, ApiKeysQueryKey>,
  'queryKey' | 'queryFn'
>

export type ApiKeysInfiniteQueryHookOptions<TData = InfiniteData<ApiKey[], number>> = Omit<
  UseInfiniteQueryOptions<ApiKey[], OpenRouterError, TData, ApiKeysInfiniteQueryKey, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>

/** Every key (all pages) matching `params`, or of every workspace with `allWorkspaces: true`. */
export function useApiKeys<TData = ApiKey[]>(
  params?: ApiKeysQueryParams,
  options?: ApiKeysQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = apiKeysQueryOptions(client, params)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/** One page of keys at `params.offset`; `data` is that page's `ApiKey[]`. */
export function useApiKeysPage<TData = ApiKey[]>(
  params?: ApiKeysPageParams,
  options?: ApiKeysPageQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = apiKeysPageQueryOptions(client, params)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/**
 * Offset pages for "load more": `fetchNextPage()` asks for the page after the keys loaded so far,
 * and `hasNextPage` turns false once a page comes back empty.
 */
export function useApiKeysInfinite<TData = InfiniteData<ApiKey[], number>>(
  params?: ApiKeysParams,
  options?: ApiKeysInfiniteQueryHookOptions<TData>,
): UseInfiniteQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry, initialPageParam, getNextPageParam } =
    apiKeysInfiniteQueryOptions(client, params)
  return useInfiniteQuery({
    retry,
    ...options,
    queryKey,
    queryFn,
    initialPageParam,
    getNextPageParam,
  })
}

/** As {@link useApiKeys}, suspending until the keys are loaded; errors go to the error boundary. */
export function useSuspenseApiKeys<TData = ApiKey[]>(
  params?: ApiKeysQueryParams,
  options?: SuspenseApiKeysQueryHookOptions<TData>,
): UseSuspenseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = apiKeysQueryOptions(client, params)
  return useSuspenseQuery({ retry, ...options, queryKey, queryFn })
}
