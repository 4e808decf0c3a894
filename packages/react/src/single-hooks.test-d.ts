import type {
  ActivityItem,
  ApiKey,
  CreateApiKeyResponse,
  Credits,
  CurrentKey,
  createOpenRouterClient,
  OpenRouterError,
  RotateResult,
  Workspace,
} from '@openrouter-kit/client'
import { QueryClient } from '@tanstack/react-query'
import { describe, expectTypeOf, it } from 'vitest'
import type { OpenRouterKeysClient } from './client-type'
import { useApiKeys } from './hooks'
import {
  useCreateApiKey,
  useDeleteApiKey,
  useRotateApiKey,
  useUpdateApiKey,
} from './mutation-hooks'
import type { OpenRouterProviderProps } from './provider'
import { useActivity, useApiKey, useCredits, useCurrentKey, useWorkspaces } from './single-hooks'
import {
  activityQueryOptions,
  apiKeyQueryOptions,
  creditsQueryOptions,
  currentKeyQueryOptions,
  workspacesQueryOptions,
} from './single-query-options'

declare const client: OpenRouterKeysClient

describe('query hook types', () => {
  it('data is the response data, error an OpenRouterError', () => {
    expectTypeOf(useApiKey('hash').data).toEqualTypeOf<ApiKey | undefined>()
    expectTypeOf(useCurrentKey().data).toEqualTypeOf<CurrentKey | undefined>()
    expectTypeOf(useWorkspaces().data).toEqualTypeOf<Workspace[] | undefined>()
    expectTypeOf(useCredits().data).toEqualTypeOf<Credits | undefined>()
    expectTypeOf(useActivity({ date: '2026-01-01' }).data).toEqualTypeOf<
      ActivityItem[] | undefined
    >()
    expectTypeOf(useApiKey('hash').error).toEqualTypeOf<OpenRouterError | null>()
    expectTypeOf(useApiKeys({ allWorkspaces: true }).data).toEqualTypeOf<ApiKey[] | undefined>()
  })

  it('select changes data', () => {
    const result = useCredits({ select: (credits) => credits.total_credits - credits.total_usage })
    expectTypeOf(result.data).toEqualTypeOf<number | undefined>()
  })

  it('rejects options the hook owns and filters the API does not have', () => {
    // @ts-expect-error queryKey belongs to the hook
    useApiKey('hash', { queryKey: ['x'] })
    // @ts-expect-error group_by is 'workspace' or absent
    useActivity({ group_by: 'model' })
  })
})

describe('mutation hook types', () => {
  it('create and rotate return the secret; update and delete take their variables', () => {
    const create = useCreateApiKey()
    expectTypeOf(create.data).toEqualTypeOf<CreateApiKeyResponse | undefined>()
    expectTypeOf(create.mutate).parameter(0).toHaveProperty('name')
    expectTypeOf(useRotateApiKey().data).toEqualTypeOf<RotateResult | undefined>()
    useRotateApiKey().mutate({ hash: 'h', retire: 'disable' })
    useUpdateApiKey().mutate({ hash: 'h', patch: { disabled: true } })
    useDeleteApiKey().mutate('h')
    expectTypeOf(useUpdateApiKey().error).toEqualTypeOf<OpenRouterError | null>()
    // @ts-expect-error retire is 'keep', 'disable' or 'delete'
    useRotateApiKey().mutate({ hash: 'h', retire: 'forget' })
    // @ts-expect-error the patch goes under `patch`
    useUpdateApiKey().mutate({ hash: 'h', disabled: true })
    // @ts-expect-error onMutate belongs to the hook (it makes the update optimistic)
    useUpdateApiKey({ onMutate: () => undefined })
  })
})

describe('factories and the client', () => {
  it('flow into the QueryClient cache', () => {
    const queryClient = new QueryClient()
    expectTypeOf(queryClient.getQueryData(apiKeyQueryOptions(client, 'h').queryKey)).toEqualTypeOf<
      ApiKey | undefined
    >()
    expectTypeOf(queryClient.getQueryData(currentKeyQueryOptions(client).queryKey)).toEqualTypeOf<
      CurrentKey | undefined
    >()
    expectTypeOf(queryClient.getQueryData(workspacesQueryOptions(client).queryKey)).toEqualTypeOf<
      Workspace[] | undefined
    >()
    expectTypeOf(queryClient.getQueryData(creditsQueryOptions(client).queryKey)).toEqualTypeOf<
      Credits | undefined
    >()
    expectTypeOf(queryClient.getQueryData(activityQueryOptions(client).queryKey)).toEqualTypeOf<
      ActivityItem[] | undefined
    >()
  })

  it('the provider takes the real client', () => {
    expectTypeOf<ReturnType<typeof createOpenRouterClient>>().toExtend<
      OpenRouterProviderProps['client']
    >()
  })
})
