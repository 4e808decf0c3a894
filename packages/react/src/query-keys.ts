// Query keys for every API-key listing. They are hierarchical so that one
// `invalidateQueries({ queryKey: apiKeysRootQueryKey })` (or the literal ['openrouter', 'keys'])
// refreshes every listing at once, and normalised so that equivalent params share one cache entry.
import type { ActivityParams, ApiKeysPageParams, ApiKeysParams, ApiKeysQueryParams } from './params'

/** The prefix shared by every key listing: invalidate it to refresh them all. */
export const apiKeysRootQueryKey = ['openrouter', 'keys'] as const

/** The params as they appear in a query key: defaults and undefined fields dropped. */
export interface NormalisedApiKeysParams {
  include_disabled?: true
  workspace_id?: string
}

export interface NormalisedApiKeysPageParams extends NormalisedApiKeysParams {
  offset?: number
}

/** The full listing's params in its key: `allWorkspaces` kept only when true. */
export interface NormalisedApiKeysQueryParams extends NormalisedApiKeysParams {
  allWorkspaces?: true
}

export type ApiKeysQueryKey = readonly ['openrouter', 'keys', 'all', NormalisedApiKeysQueryParams]
export type ApiKeysPageQueryKey = readonly [
  'openrouter',
  'keys',
  'page',
  NormalisedApiKeysPageParams,
]
export type ApiKeysInfiniteQueryKey = readonly [
  'openrouter',
  'keys',
  'infinite',
  NormalisedApiKeysParams,
]

/**
 * `true` and `'true'` mean the same to the API, and so do `false`, `'false'` and leaving the field
 * out (the server default), so each pair gets one cache entry. Values the API would reject are
 * kept as given: the client then reports them with a typed error instead of the key hiding them.
 */
function normaliseIncludeDisabled(value: ApiKeysParams['include_disabled']): true | undefined {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false' || value === undefined || value === null)
    return undefined
  return value as unknown as true
}

/** Drops undefined fields and server defaults, so equivalent params compare equal. */
export function normaliseApiKeysParams(params: ApiKeysParams = {}): NormalisedApiKeysParams {
  const normalised: NormalisedApiKeysParams = {}
  const includeDisabled = normaliseIncludeDisabled(params.include_disabled)
  if (includeDisabled !== undefined) normalised.include_disabled = includeDisabled
  if (params.workspace_id !== undefined && params.workspace_id !== null) {
    normalised.workspace_id = params.workspace_id
  }
  return normalised
}

/** As {@link normaliseApiKeysParams}, keeping `offset` unless it is absent or 0 (the first page). */
export function normaliseApiKeysPageParams(
  params: ApiKeysPageParams = {},
): NormalisedApiKeysPageParams {
  const normalised: NormalisedApiKeysPageParams = normaliseApiKeysParams(params)
  if (params.offset !== undefined && params.offset !== null && params.offset !== 0) {
    normalised.offset = params.offset
  }
  return normalised
}

/**
 * As {@link normaliseApiKeysParams}, keeping `allWorkspaces` when it is `true` (`false` is the
 * default). `workspace_id` is kept beside it so the query can report the contradiction.
 */
export function normaliseApiKeysQueryParams(
  params: ApiKeysQueryParams = {},
): NormalisedApiKeysQueryParams {
  const normalised: NormalisedApiKeysQueryParams = normaliseApiKeysParams(params)
  if (params.allWorkspaces === true) normalised.allWorkspaces = true
  return normalised
}

/** Key of the full listing (every page): `['openrouter', 'keys', 'all', params]`. */
export function apiKeysQueryKey(params?: ApiKeysQueryParams): ApiKeysQueryKey {
  return ['openrouter', 'keys', 'all', normaliseApiKeysQueryParams(params)]
}

/** Key of one page at `offset`: `['openrouter', 'keys', 'page', params]`. */
export function apiKeysPageQueryKey(params?: ApiKeysPageParams): ApiKeysPageQueryKey {
  return ['openrouter', 'keys', 'page', normaliseApiKeysPageParams(params)]
}

/** Key of the "load more" listing: `['openrouter', 'keys', 'infinite', params]`. */
export function apiKeysInfiniteQueryKey(params?: ApiKeysParams): ApiKeysInfiniteQueryKey {
  return ['openrouter', 'keys', 'infinite', normaliseApiKeysParams(params)]
}

export type ApiKeyQueryKey = readonly ['openrouter', 'keys', 'detail', string]
export type CurrentKeyQueryKey = readonly ['openrouter', 'keys', 'current']
export type WorkspacesQueryKey = readonly ['openrouter', 'workspaces']
export type CreditsQueryKey = readonly ['openrouter', 'credits']
export type ActivityQueryKey = readonly ['openrouter', 'activity', ActivityParams]

/**
 * Key of one key by hash: `['openrouter', 'keys', 'detail', hash]`. Under the listings' root, so
 * invalidating `['openrouter', 'keys']` refreshes it too.
 */
export function apiKeyQueryKey(hash: string): ApiKeyQueryKey {
  return ['openrouter', 'keys', 'detail', hash]
}

/** Key of the key in use (`GET /key`): `['openrouter', 'keys', 'current']`, under the root too. */
export function currentKeyQueryKey(): CurrentKeyQueryKey {
  return ['openrouter', 'keys', 'current']
}

/** Key of every workspace: `['openrouter', 'workspaces']`. */
export function workspacesQueryKey(): WorkspacesQueryKey {
  return ['openrouter', 'workspaces']
}

/** Key of the account's credits: `['openrouter', 'credits']`. */
export function creditsQueryKey(): CreditsQueryKey {
  return ['openrouter', 'credits']
}

/** Key of the activity rows: `['openrouter', 'activity', params]`, undefined fields dropped. */
export function activityQueryKey(params: ActivityParams = {}): ActivityQueryKey {
  const normalised: ActivityParams = {}
  for (const [field, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) Object.assign(normalised, { [field]: value })
  }
  return ['openrouter', 'activity', normalised]
}
