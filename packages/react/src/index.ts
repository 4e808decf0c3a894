export type { ApiKey, ListApiKeysParams } from '@openrouter-kit/client'
export type { CacheSnapshot } from './cache-updates'
export { withoutSecret } from './cache-updates'
export type {
  CollectableListing,
  KeysRequestOptions,
  OpenRouterKeysClient,
} from './client-type'
export type {
  ApiKeysInfiniteQueryHookOptions,
  ApiKeysPageQueryHookOptions,
  ApiKeysQueryHookOptions,
  SuspenseApiKeysQueryHookOptions,
} from './hooks'
export { useApiKeys, useApiKeysInfinite, useApiKeysPage, useSuspenseApiKeys } from './hooks'
export type {
  CreateApiKeyMutationHookOptions,
  DeleteApiKeyMutationHookOptions,
  MutationHookOptions,
  RotateApiKeyMutationHookOptions,
  UpdateApiKeyMutationHookOptions,
} from './mutation-hooks'
export {
  useCreateApiKey,
  useDeleteApiKey,
  useRotateApiKey,
  useUpdateApiKey,
} from './mutation-hooks'
export type { RotateApiKeyVariables, UpdateApiKeyVariables } from './mutation-options'
export {
  createApiKeyMutationKey,
  createApiKeyMutationOptions,
  deleteApiKeyMutationKey,
  deleteApiKeyMutationOptions,
  rotateApiKeyMutationKey,
  rotateApiKeyMutationOptions,
  updateApiKeyMutationKey,
  updateApiKeyMutationOptions,
} from './mutation-options'
export type {
  ActivityParams,
  ApiKeysPageParams,
  ApiKeysParams,
  ApiKeysQueryParams,
} from './params'
export type { OpenRouterProviderProps } from './provider'
export { OpenRouterProvider, OpenRouterProviderError, useOpenRouterClient } from './provider'
export type {
  ActivityQueryKey,
  ApiKeyQueryKey,
  ApiKeysInfiniteQueryKey,
  ApiKeysPageQueryKey,
  ApiKeysQueryKey,
  CreditsQueryKey,
  CurrentKeyQueryKey,
  NormalisedApiKeysPageParams,
  NormalisedApiKeysParams,
  NormalisedApiKeysQueryParams,
  WorkspacesQueryKey,
} from './query-keys'
export {
  activityQueryKey,
  apiKeyQueryKey,
  apiKeysInfiniteQueryKey,
  apiKeysPageQueryKey,
  apiKeysQueryKey,
  apiKeysRootQueryKey,
  creditsQueryKey,
  currentKeyQueryKey,
  normaliseApiKeysPageParams,
  normaliseApiKeysParams,
  normaliseApiKeysQueryParams,
  workspacesQueryKey,
} from './query-keys'
export {
  apiKeysInfiniteQueryOptions,
  apiKeysPageQueryOptions,
  apiKeysQueryOptions,
  nextApiKeysOffset,
} from './query-options'
export type {
  ActivityQueryHookOptions,
  ApiKeyQueryHookOptions,
  CreditsQueryHookOptions,
  CurrentKeyQueryHookOptions,
  WorkspacesQueryHookOptions,
} from './single-hooks'
export { useActivity, useApiKey, useCredits, useCurrentKey, useWorkspaces } from './single-hooks'
export {
  activityQueryOptions,
  apiKeyQueryOptions,
  creditsQueryOptions,
  currentKeyQueryOptions,
  workspacesQueryOptions,
} from './single-query-options'
