// How mutations touch the query cache: which keys they invalidate, the optimistic patch of a key
// wherever it is cached, and the rule that a secret never goes into the cache.
import type { ApiKey, UpdateApiKeyRequest } from '@openrouter-kit/client'
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query'
import { apiKeyQueryKey, apiKeysRootQueryKey } from './query-keys'

/** The fields of a patch shown at once; the others (limit_reset …) wait for the server. */
const OPTIMISTIC_FIELDS = ['name', 'disabled', 'limit'] as const

/** What {@link patchCachedKey} replaced, so a failed update can put it back. */
export type CacheSnapshot = Array<[QueryKey, unknown]>

/**
 * A copy without `key`: create and rotate responses hold the new key's secret there, and the
 * query cache (persisted, shown in devtools, serialised for SSR) must never hold one.
 */
export function withoutSecret<Value extends object>(value: Value): Omit<Value, 'key'> {
  const { key: _secret, ...rest } = value as Value & { key?: unknown }
  return rest
}

function patchKey(key: ApiKey, hash: string, patch: UpdateApiKeyRequest): ApiKey {
  if (key.hash !== hash) return key
  const changed: Partial<ApiKey> = {}
  for (const field of OPTIMISTIC_FIELDS) {
    if (patch[field] !== undefined) Object.assign(changed, { [field]: patch[field] })
  }
  return { ...key, ...changed }
}

const isKeyList = (data: unknown): data is ApiKey[] => Array.isArray(data)
const isInfiniteKeys = (data: unknown): data is InfiniteData<ApiKey[]> =>
  typeof data === 'object' && data !== null && Array.isArray((data as InfiniteData<unknown>).pages)

/** Applies the patch to one cached value of any key query: a listing, infinite pages, one key. */
function patchCachedValue(data: unknown, hash: string, patch: UpdateApiKeyRequest): unknown {
  if (isKeyList(data)) return data.map((key) => patchKey(key, hash, patch))
  if (isInfiniteKeys(data)) {
    return {
      ...data,
      pages: data.pages.map((page) => page.map((key) => patchKey(key, hash, patch))),
    }
  }
  const single = data as ApiKey | undefined
  if (single?.hash === hash) return patchKey(single, hash, patch)
  return data
}

/**
 * Shows an update before the server answers: cancels the key queries in flight (their answer
 * would overwrite the patch), remembers every cached value, then patches the key in each.
 */
export async function patchCachedKey(
  queryClient: QueryClient,
  hash: string,
  patch: UpdateApiKeyRequest,
): Promise<CacheSnapshot> {
  await queryClient.cancelQueries({ queryKey: apiKeysRootQueryKey })
  const snapshot: CacheSnapshot = queryClient.getQueriesData({ queryKey: apiKeysRootQueryKey })
  for (const [queryKey, data] of snapshot) {
    if (data === undefined) continue
    queryClient.setQueryData(queryKey, patchCachedValue(data, hash, patch))
  }
  return snapshot
}

/** Puts back what {@link patchCachedKey} replaced. */
export function restoreSnapshot(queryClient: QueryClient, snapshot: CacheSnapshot): void {
  for (const [queryKey, data] of snapshot) queryClient.setQueryData(queryKey, data)
}

/**
 * After a change to keys: every listing, every single key and the current key live under
 * `['openrouter', 'keys']`, so one invalidation refetches what is on screen and marks the rest
 * stale.
 */
export function invalidateKeys(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: apiKeysRootQueryKey })
}

/** A new key (create, rotate) is cached as its own detail query, without its secret. */
export function cacheNewKey(queryClient: QueryClient, key: ApiKey): void {
  queryClient.setQueryData(apiKeyQueryKey(key.hash), withoutSecret(key) as ApiKey)
}
