// The slice of the client the hooks use. Typed structurally, so the provider accepts the object
// `createOpenRouterClient()` returns (and a test double of the same shape) without tying this
// package to one build of the client's class.
import type { ApiKey, ListApiKeysParams } from '@openrouter-kit/client'

export interface KeysRequestOptions {
  signal?: AbortSignal
}

export interface OpenRouterKeysClient {
  keys: {
    list(params?: ListApiKeysParams, options?: KeysRequestOptions): Promise<{ data: ApiKey[] }>
    listAll(
      params?: Omit<ListApiKeysParams, 'offset'>,
      options?: KeysRequestOptions,
    ): { toArray(): Promise<ApiKey[]> }
  }
}
