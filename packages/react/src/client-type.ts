// The slice of the client the hooks use. Typed structurally, so the provider accepts the object
// `createOpenRouterClient()` returns (on a server, or keyless in a browser with `baseURL` pointing
// at a `createManagementProxy` route) and a test double of the same shape, without tying this
// package to one build of the client's class.
import type {
  ActivityItem,
  ApiKey,
  CreateApiKeyResponse,
  CreateKeyBody,
  Credits,
  CurrentKey,
  GetActivityParams,
  ListApiKeysParams,
  RotateOptions,
  RotateResult,
  UpdateApiKeyRequest,
  Workspace,
} from '@openrouter-kit/client'

export interface KeysRequestOptions {
  signal?: AbortSignal
}

/** What `listAll`, `inventory` and `workspaces.listAll` return: collected with `toArray()`. */
export interface CollectableListing<Item> {
  toArray(): Promise<Item[]>
}

export interface OpenRouterKeysClient {
  keys: {
    list(params?: ListApiKeysParams, options?: KeysRequestOptions): Promise<{ data: ApiKey[] }>
    listAll(
      params?: Omit<ListApiKeysParams, 'offset'>,
      options?: KeysRequestOptions,
    ): CollectableListing<ApiKey>
    inventory(
      params?: Pick<ListApiKeysParams, 'include_disabled'>,
      options?: KeysRequestOptions,
    ): CollectableListing<ApiKey>
    get(hash: string, options?: KeysRequestOptions): Promise<{ data: ApiKey }>
    current(options?: KeysRequestOptions): Promise<{ data: CurrentKey }>
    create(body: CreateKeyBody, options?: KeysRequestOptions): Promise<CreateApiKeyResponse>
    update(
      hash: string,
      patch: UpdateApiKeyRequest,
      options?: KeysRequestOptions,
    ): Promise<{ data: ApiKey }>
    delete(hash: string, options?: KeysRequestOptions): Promise<unknown>
    rotate(
      hash: string,
      rotation?: RotateOptions,
      options?: KeysRequestOptions,
    ): Promise<RotateResult>
  }
  workspaces: {
    listAll(options?: KeysRequestOptions): CollectableListing<Workspace>
  }
  credits: {
    get(options?: KeysRequestOptions): Promise<{ data: Credits }>
  }
  activity: {
    list(
      params?: GetActivityParams,
      options?: KeysRequestOptions,
    ): Promise<{ data: ActivityItem[] }>
  }
}
