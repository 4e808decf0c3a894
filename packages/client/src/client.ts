// createOpenRouterClient: typed endpoints over one small request function (transport.ts does
// auth, timeouts, retries and typed errors).
import type { ListApiKeysParams, ListApiKeysResponse } from '@openrouter-kit/types'
import { type CallOptions, type ClientOptions, configure, type RequestOptions } from './config'
import { type KeyIterable, type PageInfo, paginate } from './pagination'
import { sendJSON } from './transport'
import { toQuery } from './validate'

export interface ListAllOptions {
  signal?: AbortSignal | null | undefined
  /** Called after each non-empty page with the page count and the keys yielded so far. */
  onPage?: ((info: PageInfo) => void) | undefined
  /** Stop after this many keys. */
  limit?: number | undefined
}

/** Parameters of `listAll`: those of `list` without `offset`, which listAll manages. */
export type ListAllParams = Omit<ListApiKeysParams, 'offset'>

export interface OpenRouterClient {
  keys: {
    /** One page of API keys (`GET /keys`). */
    list(params?: ListApiKeysParams, options?: RequestOptions): Promise<ListApiKeysResponse>
    /** Every API key, page after page, each once. */
    listAll(params?: ListAllParams, options?: ListAllOptions): KeyIterable
  }
}

export function createOpenRouterClient(options: ClientOptions = {}): OpenRouterClient {
  const { baseURL, settings } = configure(options)

  /** One call: method, path, query checked against the endpoint's known parameters. */
  const request = async <T>(method: string, path: string, query: object, o: CallOptions) => {
    const s = await settings(o)
    const url = `${baseURL}${path}${toQuery(query, s.key)}`
    const init = { method, headers: options.defaultHeaders }
    return sendJSON<T>(new Request(url, init), s)
  }

  const list = (params: ListApiKeysParams = {}, o: RequestOptions = {}) =>
    request<ListApiKeysResponse>('GET', '/keys', params, o)

  return {
    keys: {
      list,
      listAll: (params = {}, { signal, onPage, limit } = {}) =>
        paginate((offset) => list({ ...params, offset }, { signal }), onPage, limit),
    },
  }
}
