import type { OpenRouterError } from '@openrouter-kit/client'
import { type InfiniteData, QueryClient } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type { OpenRouterKeysClient } from './client-type'
import { useApiKeys, useApiKeysInfinite, useApiKeysPage, useSuspenseApiKeys } from './hooks'
import type { ApiKey } from './index'
import { apiKeysInfiniteQueryOptions, apiKeysQueryOptions } from './query-options'

declare const client: OpenRouterKeysClient

describe('hook types', () => {
  it('useApiKeys: data is ApiKey[], error is OpenRouterError', () => {
    const result = useApiKeys({ include_disabled: 'true' })
    expectTypeOf(result.data).toEqualTypeOf<ApiKey[] | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<OpenRouterError | null>()
    if (result.isSuccess) expectTypeOf(result.data).toEqualTypeOf<ApiKey[]>()
  })

  it('select changes data, not error', () => {
    const result = useApiKeys(undefined, { select: (keys) => keys.length })
    expectTypeOf(result.data).toEqualTypeOf<number | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<OpenRouterError | null>()
  })

  it('useApiKeysPage: data is one page of ApiKey', () => {
    const result = useApiKeysPage({ offset: 50 })
    expectTypeOf(result.data).toEqualTypeOf<ApiKey[] | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<OpenRouterError | null>()
  })

  it('useApiKeysInfinite: data is InfiniteData of ApiKey pages with offset params', () => {
    const result = useApiKeysInfinite()
    expectTypeOf(result.data).toEqualTypeOf<InfiniteData<ApiKey[], number> | undefined>()
    expectTypeOf(result.error).toEqualTypeOf<OpenRouterError | null>()
  })

  it('useSuspenseApiKeys: data is always defined', () => {
    const result = useSuspenseApiKeys()
    expectTypeOf(result.data).toEqualTypeOf<ApiKey[]>()
    expectTypeOf(result.error).toEqualTypeOf<OpenRouterError | null>()
  })

  it('rejects options the hook owns and params it does not take', () => {
    // @ts-expect-error queryKey belongs to the hook
    useApiKeys(undefined, { queryKey: ['x'] })
    // @ts-expect-error the full listing walks every page itself; offset is for useApiKeysPage
    useApiKeys({ offset: 10 })
  })
})

describe('query option types', () => {
  it('flow into the QueryClient cache', () => {
    const queryClient = new QueryClient()
    expectTypeOf(queryClient.getQueryData(apiKeysQueryOptions(client).queryKey)).toEqualTypeOf<
      ApiKey[] | undefined
    >()
    // TanStack tags infinite keys with InfiniteData<TQueryFnData> (page params typed unknown).
    expectTypeOf(
      queryClient.getQueryData(apiKeysInfiniteQueryOptions(client).queryKey),
    ).toEqualTypeOf<InfiniteData<ApiKey[]> | undefined>()
  })
})
