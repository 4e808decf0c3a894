// Hooks for one key, the key in use, the workspaces, the credits and the activity: TanStack's
// useQuery fed by the matching option factory, with the caller's options passed through.
import type {
  ActivityItem,
  ApiKey,
  Credits,
  CurrentKey,
  OpenRouterError,
  Workspace,
} from '@openrouter-kit/client'
import { type UseQueryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query'
import type { ActivityParams } from './params'
import { useOpenRouterClient } from './provider'
import type {
  ActivityQueryKey,
  ApiKeyQueryKey,
  CreditsQueryKey,
  CurrentKeyQueryKey,
  WorkspacesQueryKey,
} from './query-keys'
import {
  activityQueryOptions,
  apiKeyQueryOptions,
  creditsQueryOptions,
  currentKeyQueryOptions,
  workspacesQueryOptions,
} from './single-query-options'

/** TanStack's query options minus what the hook decides (the key and the fetch). */
type HookOptions<TQueryFnData, TData, TQueryKey extends readonly unknown[]> = Omit<
  UseQueryOptions<TQueryFnData, OpenRouterError, TData, TQueryKey>,
  'queryKey' | 'queryFn'
>

export type ApiKeyQueryHookOptions<TData = ApiKey> = HookOptions<ApiKey, TData, ApiKeyQueryKey>
export type CurrentKeyQueryHookOptions<TData = CurrentKey> = HookOptions<
  CurrentKey,
  TData,
  CurrentKeyQueryKey
>
export type WorkspacesQueryHookOptions<TData = Workspace[]> = HookOptions<
  Workspace[],
  TData,
  WorkspacesQueryKey
>
export type CreditsQueryHookOptions<TData = Credits> = HookOptions<Credits, TData, CreditsQueryKey>
export type ActivityQueryHookOptions<TData = ActivityItem[]> = HookOptions<
  ActivityItem[],
  TData,
  ActivityQueryKey
>

/** One key by hash; `data` is the `ApiKey`. */
export function useApiKey<TData = ApiKey>(
  hash: string,
  options?: ApiKeyQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = apiKeyQueryOptions(client, hash)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/** The key the client authenticates with (`GET /key`); `data` is its `CurrentKey`. */
export function useCurrentKey<TData = CurrentKey>(
  options?: CurrentKeyQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = currentKeyQueryOptions(client)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/** Every workspace (all pages); `data` is `Workspace[]`. */
export function useWorkspaces<TData = Workspace[]>(
  options?: WorkspacesQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = workspacesQueryOptions(client)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/** Credits bought and used; `data` is `{ total_credits, total_usage }`. */
export function useCredits<TData = Credits>(
  options?: CreditsQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = creditsQueryOptions(client)
  return useQuery({ retry, ...options, queryKey, queryFn })
}

/** Usage rows matching `params` over the last 30 UTC days; `data` is `ActivityItem[]`. */
export function useActivity<TData = ActivityItem[]>(
  params?: ActivityParams,
  options?: ActivityQueryHookOptions<TData>,
): UseQueryResult<TData, OpenRouterError> {
  const client = useOpenRouterClient()
  const { queryKey, queryFn, retry } = activityQueryOptions(client, params)
  return useQuery({ retry, ...options, queryKey, queryFn })
}
