// Query-option factories for one key, the key in use, the workspaces, the credits and the
// activity: the same objects the hooks use, for prefetching and typed cache reads. Each query
// stores the response's `data` (not the envelope), as the listings do.
import type {
  ActivityItem,
  ApiKey,
  Credits,
  CurrentKey,
  OpenRouterError,
  Workspace,
} from '@openrouter-kit/client'
import { queryOptions } from '@tanstack/react-query'
import type { OpenRouterKeysClient } from './client-type'
import type { ActivityParams } from './params'
import {
  type ActivityQueryKey,
  type ApiKeyQueryKey,
  activityQueryKey,
  apiKeyQueryKey,
  type CreditsQueryKey,
  type CurrentKeyQueryKey,
  creditsQueryKey,
  currentKeyQueryKey,
  type WorkspacesQueryKey,
  workspacesQueryKey,
} from './query-keys'
import { retry } from './query-options'

/** One key by hash (`keys.get`). */
export function apiKeyQueryOptions(client: OpenRouterKeysClient, hash: string) {
  return queryOptions<ApiKey, OpenRouterError, ApiKey, ApiKeyQueryKey>({
    queryKey: apiKeyQueryKey(hash),
    queryFn: async ({ signal }) => (await client.keys.get(hash, { signal })).data,
    retry,
  })
}

/** The key the client authenticates with (`keys.current`, `GET /key`). */
export function currentKeyQueryOptions(client: OpenRouterKeysClient) {
  return queryOptions<CurrentKey, OpenRouterError, CurrentKey, CurrentKeyQueryKey>({
    queryKey: currentKeyQueryKey(),
    queryFn: async ({ signal }) => (await client.keys.current({ signal })).data,
    retry,
  })
}

/** Every workspace, page after page (`workspaces.listAll`). */
export function workspacesQueryOptions(client: OpenRouterKeysClient) {
  return queryOptions<Workspace[], OpenRouterError, Workspace[], WorkspacesQueryKey>({
    queryKey: workspacesQueryKey(),
    queryFn: ({ signal }) => client.workspaces.listAll({ signal }).toArray(),
    retry,
  })
}

/** Credits bought and used (`credits.get`). */
export function creditsQueryOptions(client: OpenRouterKeysClient) {
  return queryOptions<Credits, OpenRouterError, Credits, CreditsQueryKey>({
    queryKey: creditsQueryKey(),
    queryFn: async ({ signal }) => (await client.credits.get({ signal })).data,
    retry,
  })
}

/** Usage rows per day, model and endpoint (`activity.list`). */
export function activityQueryOptions(client: OpenRouterKeysClient, params?: ActivityParams) {
  const queryKey = activityQueryKey(params)
  const query = queryKey[2]
  return queryOptions<ActivityItem[], OpenRouterError, ActivityItem[], ActivityQueryKey>({
    queryKey,
    queryFn: async ({ signal }) => (await client.activity.list(query, { signal })).data,
    retry,
  })
}
