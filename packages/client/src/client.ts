// createOpenRouterClient: method names over the generated operation functions
// (generated/operations.ts), which build each request from the spec's descriptors. What is
// decided here by hand: the names, and the listings that page for you.
import type {
  ApiKey,
  CreateApiKeyResponse,
  DeleteApiKeyResponse,
  GetActivityParams,
  GetActivityResponse,
  GetApiKeyResponse,
  GetCreditsResponse,
  GetCurrentKeyResponse,
  GetWorkspaceResponse,
  ListApiKeysParams,
  ListApiKeysResponse,
  ListWorkspacesParams,
  ListWorkspacesResponse,
  UpdateApiKeyRequest,
  UpdateApiKeyResponse,
  Workspace,
} from '@openrouter-kit/types'
import { type ClientCore, createClientCore } from './core/client-core'
import type { ClientOptions, RequestOptions } from './core/options'
import {
  deleteApiKey,
  getActivity,
  getApiKey,
  getCredits,
  getCurrentKey,
  getWorkspace,
  listApiKeys,
  listWorkspaces,
  updateApiKey,
} from './generated/operations'
import { type CreateKeyBody, createKey } from './keys/create'
import { checkPatch } from './keys/input-checks'
import { type RotateOptions, type RotateResult, rotateKey } from './keys/rotate'
import { listExactlyOnce } from './listing/exact-listing'
import { inventoryKeys, keyPages, workspacePages } from './listing/inventory'
import {
  checkListingOptions,
  type Listing,
  type ListingOptions,
  toListing,
} from './listing/listing'

/** Options of `listAll` and `inventory`: `signal`, `onPage`, `limit`, `concurrency` (default 4). */
export type ListAllOptions = ListingOptions

/** Parameters of `listAll`: those of `list` without `offset`, which listAll manages. */
export type ListAllParams = Omit<ListApiKeysParams, 'offset'>

/** What `keys.listAll` returns: iterate with `for await`, or collect with `toArray()`. */
export type KeyIterable = Listing<ApiKey>

export interface OpenRouterClient {
  keys: {
    /** One page of API keys (`GET /keys`). */
    list(params?: ListApiKeysParams, options?: RequestOptions): Promise<ListApiKeysResponse>
    /**
     * Every API key of a workspace (the default one unless `workspace_id`), each exactly once
     * even while keys are created, deleted or disabled; pages fetched `concurrency` at a time.
     */
    listAll(params?: ListAllParams, options?: ListAllOptions): KeyIterable
    /** Every key of every workspace, each once; each keeps its `workspace_id`. */
    inventory(
      params?: Pick<ListApiKeysParams, 'include_disabled'>,
      options?: ListAllOptions,
    ): KeyIterable
    /**
     * Creates a key (`POST /keys`); the response holds its secret, `key`, once. Never retried:
     * when the outcome is unknown it throws CreateOutcomeUnknownError with the candidates.
     */
    create(body: CreateKeyBody, options?: RequestOptions): Promise<CreateApiKeyResponse>
    /** One key by hash (`GET /keys/{hash}`). */
    get(hash: string, options?: RequestOptions): Promise<GetApiKeyResponse>
    /** Changes a key (`PATCH /keys/{hash}`). */
    update(
      hash: string,
      patch: UpdateApiKeyRequest,
      options?: RequestOptions,
    ): Promise<UpdateApiKeyResponse>
    /** `update(hash, { disabled: true })`. */
    disable(hash: string, options?: RequestOptions): Promise<UpdateApiKeyResponse>
    /** `update(hash, { disabled: false })`. */
    enable(hash: string, options?: RequestOptions): Promise<UpdateApiKeyResponse>
    /** Deletes a key (`DELETE /keys/{hash}`); a missing key is a NotFoundError. */
    delete(hash: string, options?: RequestOptions): Promise<DeleteApiKeyResponse>
    /** The key in use (`GET /key`): works with any key, not only a management key. */
    current(options?: RequestOptions): Promise<GetCurrentKeyResponse>
    /**
     * Creates a successor with the old key's settings (overrides allowed), then retires the old
     * key as asked (default 'keep'). Resolves to `{ data, key, previous }`.
     */
    rotate(hash: string, rotation?: RotateOptions, options?: RequestOptions): Promise<RotateResult>
  }
  workspaces: {
    /** One page of workspaces (`GET /workspaces`). */
    list(params?: ListWorkspacesParams, options?: RequestOptions): Promise<ListWorkspacesResponse>
    /** Every workspace, page after page. */
    listAll(options?: ListAllOptions): Listing<Workspace>
    /** One workspace by id or slug (`GET /workspaces/{id}`). */
    get(id: string, options?: RequestOptions): Promise<GetWorkspaceResponse>
  }
  credits: {
    /** Credits bought and used (`GET /credits`). */
    get(options?: RequestOptions): Promise<GetCreditsResponse>
  }
  activity: {
    /** Usage per day, model and endpoint over the last 30 UTC days (`GET /activity`). */
    list(params?: GetActivityParams, options?: RequestOptions): Promise<GetActivityResponse>
  }
}

/**
 * Every API key (`GET /keys` page after page), each once: the standalone form of
 * `client.keys.listAll`, for bundles that import single functions.
 */
export function listAllApiKeys(
  core: ClientCore,
  params: ListAllParams = {},
  options: ListAllOptions = {},
): KeyIterable {
  const checked = checkListingOptions(options)
  return toListing(() => listExactlyOnce<ApiKey>(keyPages(core, params), checked))
}

/** Every key of every workspace, each once: the standalone form of `client.keys.inventory`. */
export function inventoryApiKeys(
  core: ClientCore,
  params: Pick<ListApiKeysParams, 'include_disabled'> = {},
  options: ListAllOptions = {},
): KeyIterable {
  const checked = checkListingOptions(options)
  return toListing(() => inventoryKeys(core, params, checked))
}

/** The key-management client; see the README for every method. */
export function createOpenRouterClient(options: ClientOptions = {}): OpenRouterClient {
  const core: ClientCore = createClientCore(options)
  const update = async (
    hash: string,
    patch: UpdateApiKeyRequest,
    requestOptions?: RequestOptions,
  ) => {
    checkPatch(patch)
    return updateApiKey(core, { hash }, patch, requestOptions)
  }

  return {
    keys: {
      list: (params, requestOptions) => listApiKeys(core, params, requestOptions),
      listAll: (params, listAllOptions) => listAllApiKeys(core, params, listAllOptions),
      inventory: (params, listAllOptions) => inventoryApiKeys(core, params, listAllOptions),
      create: (body, requestOptions) => createKey(core, body, requestOptions),
      get: (hash, requestOptions) => getApiKey(core, { hash }, requestOptions),
      update,
      disable: (hash, requestOptions) => update(hash, { disabled: true }, requestOptions),
      enable: (hash, requestOptions) => update(hash, { disabled: false }, requestOptions),
      delete: (hash, requestOptions) => deleteApiKey(core, { hash }, requestOptions),
      current: (requestOptions) => getCurrentKey(core, requestOptions),
      rotate: (hash, rotation, requestOptions) => rotateKey(core, hash, rotation, requestOptions),
    },
    workspaces: {
      list: (params, requestOptions) => listWorkspaces(core, params, requestOptions),
      listAll: (listAllOptions) => {
        const checked = checkListingOptions(listAllOptions)
        return toListing(() => listExactlyOnce<Workspace>(workspacePages(core), checked))
      },
      get: (id, requestOptions) => getWorkspace(core, { id }, requestOptions),
    },
    credits: {
      get: (requestOptions) => getCredits(core, requestOptions),
    },
    activity: {
      list: (params, requestOptions) => getActivity(core, params, requestOptions),
    },
  }
}
