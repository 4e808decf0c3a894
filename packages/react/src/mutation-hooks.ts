// Hooks for creating, changing, deleting and rotating keys: TanStack's useMutation fed by the
// matching option factory. The caller's onSuccess/onError/onSettled run after the factory's own
// (which keep the cache coherent), so passing them never switches the invalidations off.
import type {
  ApiKey,
  CreateApiKeyResponse,
  CreateKeyBody,
  OpenRouterError,
  RotateResult,
} from '@openrouter-kit/client'
import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query'
import type { CacheSnapshot } from './cache-updates'
import {
  createApiKeyMutationOptions,
  deleteApiKeyMutationOptions,
  type RotateApiKeyVariables,
  rotateApiKeyMutationOptions,
  type UpdateApiKeyVariables,
  updateApiKeyMutationOptions,
} from './mutation-options'
import { useOpenRouterClient } from './provider'

/** TanStack's mutation options minus what the hook decides (the key, the call, the optimism). */
export type MutationHookOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, OpenRouterError, TVariables, TOnMutateResult>,
  'mutationKey' | 'mutationFn' | 'onMutate'
>

export type CreateApiKeyMutationHookOptions = MutationHookOptions<
  CreateApiKeyResponse,
  CreateKeyBody
>
export type UpdateApiKeyMutationHookOptions = MutationHookOptions<
  { data: ApiKey },
  UpdateApiKeyVariables,
  CacheSnapshot
>
export type DeleteApiKeyMutationHookOptions = MutationHookOptions<unknown, string>
export type RotateApiKeyMutationHookOptions = MutationHookOptions<
  RotateResult,
  RotateApiKeyVariables
>

/** The factory's options with the caller's: callbacks chained (factory first), the rest overriding. */
function withCallerOptions<TData, TVariables, TOnMutateResult>(
  own: UseMutationOptions<TData, OpenRouterError, TVariables, TOnMutateResult>,
  caller: MutationHookOptions<TData, TVariables, TOnMutateResult> = {},
): UseMutationOptions<TData, OpenRouterError, TVariables, TOnMutateResult> {
  const { onSuccess, onError, onSettled, ...rest } = caller
  return {
    ...own,
    ...rest,
    mutationKey: own.mutationKey,
    mutationFn: own.mutationFn,
    onMutate: own.onMutate,
    onSuccess: async (...args) => {
      await own.onSuccess?.(...args)
      await onSuccess?.(...args)
    },
    onError: async (...args) => {
      await own.onError?.(...args)
      await onError?.(...args)
    },
    onSettled: async (...args) => {
      await own.onSettled?.(...args)
      await onSettled?.(...args)
    },
  }
}

/**
 * Creates a key: `mutate(body)`; `data` is `{ data, key }`, where `key` is the secret, shown by
 * the API this once. It stays in the mutation result and is never written to the query cache.
 */
export function useCreateApiKey(
  options?: CreateApiKeyMutationHookOptions,
): UseMutationResult<CreateApiKeyResponse, OpenRouterError, CreateKeyBody> {
  const client = useOpenRouterClient()
  return useMutation(withCallerOptions(createApiKeyMutationOptions(client), options))
}

/**
 * Changes a key: `mutate({ hash, patch })`. `name`, `disabled` and `limit` show at once in the
 * cached listings and the key's own query, and are put back if the request fails.
 */
export function useUpdateApiKey(
  options?: UpdateApiKeyMutationHookOptions,
): UseMutationResult<{ data: ApiKey }, OpenRouterError, UpdateApiKeyVariables, CacheSnapshot> {
  const client = useOpenRouterClient()
  return useMutation(withCallerOptions(updateApiKeyMutationOptions(client), options))
}

/** Deletes a key: `mutate(hash)`. */
export function useDeleteApiKey(
  options?: DeleteApiKeyMutationHookOptions,
): UseMutationResult<unknown, OpenRouterError, string> {
  const client = useOpenRouterClient()
  return useMutation(withCallerOptions(deleteApiKeyMutationOptions(client), options))
}

/**
 * Rotates a key: `mutate({ hash, retire, ...overrides })`; `data` is `{ data, key, previous }`,
 * the successor's secret in the mutation result only.
 */
export function useRotateApiKey(
  options?: RotateApiKeyMutationHookOptions,
): UseMutationResult<RotateResult, OpenRouterError, RotateApiKeyVariables> {
  const client = useOpenRouterClient()
  return useMutation(withCallerOptions(rotateApiKeyMutationOptions(client), options))
}
