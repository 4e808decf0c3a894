import {
  AuthenticationError,
  InternalServerError,
  InvalidRequestError,
  OpenRouterError,
  RateLimitError,
} from '@openrouter-kit/client'
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react'
import { Component, type ReactNode, Suspense } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Harness, startHarness } from '../test/harness'
import { useApiKeys, useApiKeysInfinite, useApiKeysPage, useSuspenseApiKeys } from './hooks'

let h: Harness

beforeEach(async () => {
  h = await startHarness()
})

afterEach(async () => {
  // Vitest runs without globals here, so Testing Library's automatic cleanup is not registered.
  cleanup()
  vi.restoreAllMocks()
  await h.close()
})

const offsetsRequested = () => h.requests.map((r) => new URL(r.url).searchParams.get('offset'))

describe('useApiKeys', () => {
  it('is pending while loading, then returns every key across pages', async () => {
    const { result } = renderHook(() => useApiKeys(), { wrapper: h.wrapper })
    expect(result.current.isPending).toBe(true)
    expect(result.current.data).toBeUndefined()

    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const expected = h.mock.listKeys()
    expect(expected.length).toBeGreaterThan(50)
    expect(result.current.data).toEqual(expected)
    expect(result.current.error).toBeNull()
    // 130 seeded keys (some disabled) at 50 a page: listAll walked more than one page.
    expect(h.requests.length).toBeGreaterThan(1)
  })

  it("passes include_disabled to the API ('true' and true alike)", async () => {
    const { result } = renderHook(() => useApiKeys({ include_disabled: 'true' }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const withDisabled = h.mock.listKeys({ includeDisabled: true })
    expect(withDisabled.length).toBeGreaterThan(h.mock.listKeys().length)
    expect(result.current.data).toEqual(withDisabled)
  })

  it('passes TanStack options through: select and enabled', async () => {
    const { result, rerender } = renderHook(
      ({ enabled }) =>
        useApiKeys(undefined, { enabled, select: (keys) => keys.map((key) => key.hash) }),
      { wrapper: h.wrapper, initialProps: { enabled: false } },
    )
    expect(result.current.fetchStatus).toBe('idle')
    expect(h.requests).toHaveLength(0)

    rerender({ enabled: true })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual(h.mock.listKeys().map((key) => key.hash))
  })

  it.each([
    { status: 401, errorClass: AuthenticationError },
    { status: 429, errorClass: RateLimitError },
    { status: 500, errorClass: InternalServerError },
  ])('turns a $status into $errorClass.name', async ({ status, errorClass }) => {
    h.mock.enqueueFaults({ status, retryAfter: status === 429 ? 7 : undefined })
    const { result } = renderHook(() => useApiKeys(), { wrapper: h.wrapper })

    await waitFor(() => expect(result.current.isError).toBe(true))
    const error = result.current.error
    expect(error).toBeInstanceOf(errorClass)
    expect(errorClass.isInstance(error)).toBe(true)
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ status })
    if (RateLimitError.isInstance(error)) expect(error.retryAfter).toBe(7)
    // No retries on top of the client's (maxRetries 0 here): exactly one request was made.
    expect(h.requests).toHaveLength(1)
  })

  it('reports bad params as InvalidRequestError without making a request', async () => {
    const bad = { include_disabled: 'yes' } as unknown as { include_disabled: 'true' }
    const { result } = renderHook(() => useApiKeys(bad), { wrapper: h.wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(InvalidRequestError)
    expect(result.current.error?.message).toContain('yes')
    expect(h.requests).toHaveLength(0)
  })

  it('refetches and shows keys added since', async () => {
    const { result } = renderHook(() => useApiKeys(), { wrapper: h.wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const before = result.current.data?.length ?? 0

    const added = h.mock.addKey({ name: 'Added after first load' })
    await act(() => result.current.refetch())
    // TanStack notifies observers on a timer after the fetch settles, so wait for the render.
    await waitFor(() => expect(result.current.data).toHaveLength(before + 1))
    expect(result.current.data?.[0]).toEqual(added)
  })

  it('aborts the request when the last component using it unmounts', async () => {
    h.mock.enqueueFaults({ delayMs: 30_000 })
    const { unmount } = renderHook(() => useApiKeys(), { wrapper: h.wrapper })
    await waitFor(() => expect(h.requests).toHaveLength(1))
    const request = h.requests[0]!
    expect(request.signal.aborted).toBe(false)

    unmount()
    await waitFor(() => expect(request.signal.aborted).toBe(true))
  })
})

describe('useApiKeysPage', () => {
  it('returns the page at offset', async () => {
    const { result } = renderHook(() => useApiKeysPage({ offset: 50 }), { wrapper: h.wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual(h.mock.listKeys().slice(50, 100))
    expect(offsetsRequested()).toEqual(['50'])
  })
})

describe('useApiKeysInfinite', () => {
  it('loads page after page until an empty page, then has no next page', async () => {
    const { result } = renderHook(() => useApiKeysInfinite({ include_disabled: true }), {
      wrapper: h.wrapper,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.pages).toHaveLength(1)
    expect(result.current.hasNextPage).toBe(true)

    for (let loaded = 1; result.current.hasNextPage; loaded++) {
      await act(() => result.current.fetchNextPage())
      await waitFor(() => expect(result.current.data?.pages).toHaveLength(loaded + 1))
    }

    const all = h.mock.listKeys({ includeDisabled: true })
    const pages = result.current.data?.pages ?? []
    expect(pages.flat()).toEqual(all)
    expect(pages.at(-1)).toEqual([])
    expect(pages.slice(0, -1).every((page) => page.length > 0)).toBe(true)
    // Offsets are the number of keys loaded before each page.
    expect(result.current.data?.pageParams).toEqual(
      pages.map((_, i) => pages.slice(0, i).flat().length),
    )
    expect(offsetsRequested()).toEqual(
      (result.current.data?.pageParams ?? []).map((offset) => (offset === 0 ? '0' : `${offset}`)),
    )
  })
})

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p role="alert">{this.state.error.name}</p> : this.props.children
  }
}

function KeyNames() {
  const { data } = useSuspenseApiKeys(undefined, { select: (keys) => keys.slice(0, 3) })
  return (
    <ul>
      {data.map((key) => (
        <li key={key.hash}>{key.name}</li>
      ))}
    </ul>
  )
}

describe('useSuspenseApiKeys', () => {
  it('suspends until the keys arrive', async () => {
    const Wrapper = h.wrapper
    render(
      <Wrapper>
        <Suspense fallback={<p>Loading keys</p>}>
          <KeyNames />
        </Suspense>
      </Wrapper>,
    )
    expect(screen.getByText('Loading keys')).toBeTruthy()
    const items = await screen.findAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual(
      h.mock
        .listKeys()
        .slice(0, 3)
        .map((key) => key.name),
    )
  })

  it('throws typed errors to the error boundary', async () => {
    // React reports errors caught by a boundary on console.error; keep the output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {})
    h.mock.enqueueFaults({ status: 401 })
    const Wrapper = h.wrapper
    render(
      <Wrapper>
        <Boundary>
          <Suspense fallback={<p>Loading keys</p>}>
            <KeyNames />
          </Suspense>
        </Boundary>
      </Wrapper>,
    )
    expect((await screen.findByRole('alert')).textContent).toBe('AuthenticationError')
  })
})

describe('invalidation by the root key', () => {
  it("refetches every listing on invalidateQueries({ queryKey: ['openrouter', 'keys'] })", async () => {
    const { result } = renderHook(
      () => ({
        all: useApiKeys(),
        page: useApiKeysPage(),
        infinite: useApiKeysInfinite(),
      }),
      { wrapper: h.wrapper },
    )
    await waitFor(() => {
      expect(result.current.all.isSuccess).toBe(true)
      expect(result.current.page.isSuccess).toBe(true)
      expect(result.current.infinite.isSuccess).toBe(true)
    })

    const added = h.mock.addKey({ name: 'Created elsewhere' })
    // Not wrapped in act(): the observers are notified on a timer after the refetch settles, and
    // waitFor lets React render those updates as they arrive.
    const invalidated = h.queryClient.invalidateQueries({ queryKey: ['openrouter', 'keys'] })
    await waitFor(() => {
      expect(result.current.all.data?.[0]).toEqual(added)
      expect(result.current.page.data?.[0]).toEqual(added)
      expect(result.current.infinite.data?.pages[0]?.[0]).toEqual(added)
    })
    await invalidated
  })
})
