import { InternalServerError } from '@openrouter-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Harness, startHarness } from '../test/harness'
import { useApiKeys } from './hooks'
import {
  useCreateApiKey,
  useDeleteApiKey,
  useRotateApiKey,
  useUpdateApiKey,
} from './mutation-hooks'
import { apiKeyQueryKey } from './query-keys'
import { useApiKey, useCurrentKey } from './single-hooks'

let h: Harness

beforeEach(async () => {
  h = await startHarness({ seed: 20, pageSize: 50 })
})

afterEach(async () => {
  cleanup()
  await h.close()
})

/** Everything the query cache holds, as it would be persisted or shown in devtools. */
function serialisedQueryCache(queryClient: QueryClient): string {
  return JSON.stringify(
    queryClient
      .getQueryCache()
      .getAll()
      .map((query) => ({ queryKey: query.queryKey, state: query.state })),
  )
}

const requestsTo = (pathname: string) =>
  h.requests.filter((request) => new URL(request.url).pathname === pathname).length

describe('useCreateApiKey', () => {
  it('returns { data, key }, refetches the listings, and keeps the secret out of the cache', async () => {
    const { result } = renderHook(() => ({ keys: useApiKeys(), create: useCreateApiKey() }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(result.current.keys.isSuccess).toBe(true))

    let created: Awaited<ReturnType<typeof result.current.create.mutateAsync>> | undefined
    await act(async () => {
      created = await result.current.create.mutateAsync({ name: 'Created by the hook', limit: 5 })
    })
    expect(created?.key).toMatch(/^sk-or-v1-/)
    expect(created?.data).toEqual(h.mock.getKey(created!.data.hash))
    await waitFor(() => expect(result.current.create.data?.key).toBe(created?.key))

    // The listing was invalidated and refetched: the new key is first.
    await waitFor(() => expect(result.current.keys.data?.[0]?.hash).toBe(created?.data.hash))
    // The key is cached as its own query, without the secret.
    expect(h.queryClient.getQueryData(apiKeyQueryKey(created!.data.hash))).toEqual(created?.data)
    expect(serialisedQueryCache(h.queryClient)).not.toContain(created!.key)
  })

  it('sends a create once, even when it fails', async () => {
    h.mock.enqueueFaults({ operation: 'createApiKey', status: 500 })
    const { result } = renderHook(() => useCreateApiKey(), { wrapper: h.wrapper })
    await act(async () => {
      await result.current.mutateAsync({ name: 'Fails once' }).catch(() => undefined)
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    // A 5xx leaves the outcome unknown: the client looked for candidates (a GET) but never re-sent.
    const creates = h.requests.filter((request) => request.method === 'POST')
    expect(creates).toHaveLength(1)
    expect(result.current.error?.name).toBe('CreateOutcomeUnknownError')
  })
})

describe('useUpdateApiKey', () => {
  it('shows the change in the listing and the key before the response, then keeps it', async () => {
    const target = h.mock.listKeys()[2]!
    const { result } = renderHook(
      () => ({
        keys: useApiKeys({ include_disabled: true }),
        key: useApiKey(target.hash),
        update: useUpdateApiKey(),
      }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => {
      expect(result.current.keys.isSuccess).toBe(true)
      expect(result.current.key.isSuccess).toBe(true)
    })
    // The server answers the PATCH only after this delay (then handles it normally).
    h.mock.enqueueFaults({ operation: 'updateApiKey', delayMs: 1_500 })
    const row = () => result.current.keys.data?.find((key) => key.hash === target.hash)

    act(() => {
      result.current.update.mutate({
        hash: target.hash,
        patch: { disabled: true, name: 'Renamed at once', limit: 12 },
      })
    })
    await waitFor(() => expect(row()?.disabled).toBe(true))
    // Before the response: the request is still pending and the server has not changed the key.
    expect(result.current.update.isPending).toBe(true)
    expect(h.mock.getKey(target.hash)?.disabled).toBe(false)
    expect(row()).toMatchObject({ name: 'Renamed at once', limit: 12 })
    expect(result.current.key.data).toMatchObject({ disabled: true, name: 'Renamed at once' })

    await waitFor(() => expect(result.current.update.isSuccess).toBe(true), { timeout: 10_000 })
    expect(h.mock.getKey(target.hash)).toMatchObject({ disabled: true, name: 'Renamed at once' })
    expect(row()).toMatchObject({ disabled: true, name: 'Renamed at once', limit: 12 })
  })

  it('rolls the listing and the key back when the update fails with a 500', async () => {
    const target = h.mock.listKeys()[0]!
    const onError = vi.fn()
    const { result } = renderHook(
      () => ({
        keys: useApiKeys(),
        key: useApiKey(target.hash),
        update: useUpdateApiKey({ onError }),
      }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => {
      expect(result.current.keys.isSuccess).toBe(true)
      expect(result.current.key.isSuccess).toBe(true)
    })
    const before = result.current.keys.data
    h.mock.enqueueFaults({ operation: 'updateApiKey', status: 500, delayMs: 300 })
    const row = () => result.current.keys.data?.find((key) => key.hash === target.hash)

    act(() => {
      result.current.update.mutate({ hash: target.hash, patch: { disabled: true } })
    })
    await waitFor(() => expect(row()?.disabled).toBe(true))
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    expect(result.current.update.error).toBeInstanceOf(InternalServerError)
    expect(row()?.disabled).toBe(false)
    expect(result.current.keys.data).toEqual(before)
    expect(result.current.key.data?.disabled).toBe(false)
    expect(h.mock.getKey(target.hash)?.disabled).toBe(false)
    // The caller's onError ran too, after the rollback.
    expect(onError).toHaveBeenCalledOnce()
  })

  it('refetches the current key after a change', async () => {
    const target = h.mock.listKeys()[1]!
    const { result } = renderHook(() => ({ current: useCurrentKey(), update: useUpdateApiKey() }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(result.current.current.isSuccess).toBe(true))
    expect(requestsTo('/api/v1/key')).toBe(1)
    await act(() => result.current.update.mutateAsync({ hash: target.hash, patch: { limit: 3 } }))
    await waitFor(() => expect(requestsTo('/api/v1/key')).toBe(2))
  })
})

describe('useDeleteApiKey', () => {
  it('deletes the key, drops its own query and refetches the listing without it', async () => {
    const target = h.mock.listKeys()[3]!
    const onSuccess = vi.fn()
    const { result } = renderHook(
      () => ({ keys: useApiKeys(), remove: useDeleteApiKey({ onSuccess }) }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.keys.isSuccess).toBe(true))
    await h.queryClient.prefetchQuery({
      queryKey: apiKeyQueryKey(target.hash),
      queryFn: () => target,
    })

    await act(() => result.current.remove.mutateAsync(target.hash))
    expect(h.mock.getKey(target.hash)).toBeUndefined()
    await waitFor(() =>
      expect(result.current.keys.data?.some((key) => key.hash === target.hash)).toBe(false),
    )
    expect(h.queryClient.getQueryData(apiKeyQueryKey(target.hash))).toBeUndefined()
    expect(onSuccess).toHaveBeenCalledOnce()
    expect(onSuccess.mock.calls[0]?.[1]).toBe(target.hash)
  })
})

describe('useRotateApiKey', () => {
  it('returns the successor and its secret, retires the old key, keeps the secret out of the cache', async () => {
    const target = h.mock.listKeys()[4]!
    const { result } = renderHook(
      () => ({ keys: useApiKeys({ include_disabled: true }), rotate: useRotateApiKey() }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => expect(result.current.keys.isSuccess).toBe(true))

    let rotated: Awaited<ReturnType<typeof result.current.rotate.mutateAsync>> | undefined
    await act(async () => {
      rotated = await result.current.rotate.mutateAsync({
        hash: target.hash,
        retire: 'disable',
        name: 'Successor',
      })
    })
    expect(rotated?.key).toMatch(/^sk-or-v1-/)
    expect(rotated?.data).toMatchObject({ name: 'Successor' })
    expect(rotated?.previous.hash).toBe(target.hash)
    expect(h.mock.getKey(target.hash)?.disabled).toBe(true)

    await waitFor(() => {
      const rows = result.current.keys.data ?? []
      expect(rows[0]?.hash).toBe(rotated?.data.hash)
      expect(rows.find((key) => key.hash === target.hash)?.disabled).toBe(true)
    })
    expect(serialisedQueryCache(h.queryClient)).not.toContain(rotated!.key)
  })
})
