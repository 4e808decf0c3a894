// Mutation-option factories: create, update, delete and rotate a key, each keeping the cache
// coherent through the QueryClient TanStack hands every callback (`context.client`). The hooks
// use them as they are; apps can pass them to `useMutation` or `queryClient` directly.
import type {
  ApiKey,
  CreateApiKeyResponse,
  CreateKeyBody,
  OpenRouterError,
  RotateOptions,
  RotateResult,
  UpdateApiKeyRequest,
} from '@openrouter-kit/client'
import { mutationOptions } from '@tanstack/react-query'
import {
  type CacheSnapshot,
  cacheNewKey,
  invalidateKeys,
  patchCachedKey,
  restoreSnapshot,
} from './cache-updates'
import type { OpenRouterKeysClient } from './client-type'
import { apiKeyQueryKey } from './query-keys'

/** A create is never retried behind the caller's back (it could make two keys); nor is the rest. */
const retry = false

/** Variables of an update: the key and the fields to change. */
export interface UpdateApiKeyVariables {
  hash: string
  patch: UpdateApiKeyRequest
}

/** Variables of a rotation: the key, then what the successor changes and how the old one retires. */
export interface RotateApiKeyVariables extends RotateOptions {
  hash: string
}

export const createApiKeyMutationKey = ['openrouter', 'keys', 'create'] as const
export const updateApiKeyMutationKey = ['openrouter', 'keys', 'update'] as const
export const deleteApiKeyMutationKey = ['openrouter', 'keys', 'delete'] as const
export const rotateApiKeyMutationKey = ['openrouter', 'keys', 'rotate'] as const

/**
 * Creates a key. The result `{ data, key }` holds the secret once, in the mutation result only:
 * the new key is cached without it, and the listings are refetched.
 */
export function createApiKeyMutationOptions(client: OpenRouterKeysClient) {
  return mutationOptions<CreateApiKeyResponse, OpenRouterError, CreateKeyBody>({
    mutationKey: createApiKeyMutationKey,
    mutationFn: (body) => client.keys.create(body),
    onSuccess: (result, _body, _onMutateResult, context) => {
      cacheNewKey(context.client, result.data)
      return invalidateKeys(context.client)
    },
    retry,
  })
}

/**
 * Changes a key. `name`, `disabled` and `limit` show at once in every cached listing and in the
 * key's own query; on an error they are put back. Either way the key queries are refetched.
 */
export function updateApiKeyMutationOptions(client: OpenRouterKeysClient) {
  return mutationOptions<{ data: ApiKey }, OpenRouterError, UpdateApiKeyVariables, CacheSnapshot>({
    mutationKey: updateApiKeyMutationKey,
    mutationFn: ({ hash, patch }) => client.keys.update(hash, patch),
    onMutate: ({ hash, patch }, context) => patchCachedKey(context.client, hash, patch),
    onError: (_error, _variables, snapshot, context) => {
      if (snapshot) restoreSnapshot(context.client, snapshot)
    },
    onSettled: (_result, _error, _variables, _snapshot, context) => invalidateKeys(context.client),
    retry,
  })
}

/** Deletes a key by hash: its own query is dropped (it would 404), the listings refetched. */
export function deleteApiKeyMutationOptions(client: OpenRouterKeysClient) {
  return mutationOptions<unknown, OpenRouterError, string>({
    mutationKey: deleteApiKeyMutationKey,
    mutationFn: (hash) => client.keys.delete(hash),
    onSuccess: (_result, hash, _onMutateResult, context) => {
      context.client.removeQueries({ queryKey: apiKeyQueryKey(hash), exact: true })
      return invalidateKeys(context.client)
    },
    retry,
  })
}

/**
 * Rotates a key (`keys.rotate`; through a proxy, one request). The result `{ data, key, previous }`
 * holds the successor's secret once; the cache gets the successor without it.
 */
export function rotateApiKeyMutationOptions(client: OpenRouterKeysClient) {
  return mutationOptions<RotateResult, OpenRouterError, RotateApiKeyVariables>({
    mutationKey: rotateApiKeyMutationKey,
    mutationFn: ({ hash, ...rotation }) => client.keys.rotate(hash, rotation),
    onSuccess: (result, { hash, retire }, _onMutateResult, context) => {
      // A deleted predecessor's own query would only 404 on its refetch.
      if (retire === 'delete') {
        context.client.removeQueries({ queryKey: apiKeyQueryKey(hash), exact: true })
      }
      cacheNewKey(context.client, result.data)
      return invalidateKeys(context.client)
    },
    retry,
  })
}
