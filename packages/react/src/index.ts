export type { ApiKey, ListApiKeysParams } from '@openrouter-kit/client'
export type { KeysRequestOptions, OpenRouterKeysClient } from './client-type'
export type {
  ApiKeysInfiniteQueryHookOptions,
  ApiKeysPageQueryHookOptions,
  ApiKeysQueryHookOptions,
  SuspenseApiKeysQueryHookOptions,
} from './hooks'
export { useApiKeys, useApiKeysInfinite, useApiKeysPage, useSuspenseApiKeys } from './hooks'
export type { ApiKeysPageParams, ApiKeysParams } from './params'
export type { OpenRouterProviderProps } from './provider'
export { OpenRouterProvider, OpenRouterProviderError, useOpenRouterClient } from './provider'
export type {
  ApiKeysInfiniteQueryKey,
  ApiKeysPageQueryKey,
  ApiKeysQueryKey,
  NormalisedApiKeysPageParams,
  NormalisedApiKeysParams,
} from './query-keys'
export {
  apiKeysInfiniteQueryKey,
  apiKeysPageQueryKey,
  apiKeysQueryKey,
  apiKeysRootQueryKey,
  normaliseApiKeysPageParams,
  normaliseApiKeysParams,
} from './query-keys'
export {
  apiKeysInfiniteQueryOptions,
  apiKeysPageQueryOptions,
  apiKeysQueryOptions,
  nextApiKeysOffset,
} from './query-options'
