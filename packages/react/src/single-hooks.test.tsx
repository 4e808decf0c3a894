import { InvalidRequestError, NotFoundError, OpenRouterError } from '@openrouter-kit/client'
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from '../test/harness'
import { useApiKeys } from './hooks'
import { useActivity, useApiKey, useCredits, useCurrentKey, useWorkspaces } from './single-hooks'

let h: Harness | undefined

async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  h = await startHarness(...args)
  return h
}

afterEach(async () => {
  cleanup()
  await h?.close()
  h = undefined
})

const pathsRequested = (harness: Harness) => harness.requests.map((r) => new URL(r.url).pathname)

/** The UTC day before today, as YYYY-MM-DD: the mock serves activity for complete days only. */
function yesterday(): string {
  const day = new Date(Date.now() - 24 * 60 * 60 * 1000)
  return day.toISOString().slice(0, 10)
}

describe('useApiKey', () => {
  it('returns the key with that hash, asking for it alone', async () => {
    const { mock, wrapper, requests } = await harness()
    const wanted = mock.listKeys()[7]!
    const { result } = renderHook(() => useApiKey(wanted.hash), { wrapper })
    expect(result.current.isPending).toBe(true)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual(mock.getKey(wanted.hash))
    expect(requests).toHaveLength(1)
    expect(new URL(requests[0]!.url).pathname).toMatch(new RegExp(`/keys/${wanted.hash}$`))
  })

  it('reports an unknown hash as NotFoundError after one request', async () => {
    const test = await harness()
    const missing = 'f'.repeat(64)
    const { result } = renderHook(() => useApiKey(missing), { wrapper: test.wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NotFoundError)
    expect(OpenRouterError.isInstance(result.current.error)).toBe(true)
    expect(test.requests).toHaveLength(1)
  })

  it('aborts its request when the component unmounts (TanStack signal passed through)', async () => {
    const test = await harness()
    test.mock.enqueueFaults({ operation: 'getApiKey', delayMs: 30_000 })
    const { unmount } = renderHook(() => useApiKey(test.mock.listKeys()[0]!.hash), {
      wrapper: test.wrapper,
    })
    await waitFor(() => expect(test.requests).toHaveLength(1))
    unmount()
    await waitFor(() => expect(test.requests[0]!.signal.aborted).toBe(true))
  })
})

describe('useCurrentKey', () => {
  it('returns what GET /key says about the key in use', async () => {
    const test = await harness()
    const { result } = renderHook(() => useCurrentKey(), { wrapper: test.wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({
      label: 'Mock management key',
      is_management_key: true,
    })
    expect(pathsRequested(test)).toEqual(['/api/v1/key'])
  })
})

describe('useWorkspaces', () => {
  it('returns every workspace, across pages', async () => {
    // 120 besides the default: more than one page of 100.
    const test = await harness({ seed: 4, workspaces: 120 })
    const { result } = renderHook(() => useWorkspaces(), { wrapper: test.wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const expected = test.mock.listWorkspaces()
    expect(expected.length).toBeGreaterThan(100)
    expect(result.current.data).toEqual(expected)
    expect(test.requests.length).toBeGreaterThan(1)
  })
})

describe('useCredits', () => {
  it('returns the credits bought and used', async () => {
    const test = await harness()
    test.mock.setCredits(250)
    const { result } = renderHook(() => useCredits(), { wrapper: test.wrapper })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.total_credits).toBe(250)
    expect(typeof result.current.data?.total_usage).toBe('number')
  })

  it('turns a 500 into an OpenRouterError without retrying on top of the client', async () => {
    const test = await harness()
    test.mock.enqueueFaults({ operation: 'getCredits', status: 500 })
    const { result } = renderHook(() => useCredits(), { wrapper: test.wrapper })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toMatchObject({ status: 500 })
    expect(test.requests).toHaveLength(1)
  })
})

describe('useActivity', () => {
  it('passes the filters and returns the rows of that key', async () => {
    const test = await harness()
    const [spender, other] = test.mock.listKeys()
    test.mock.recordUsage(spender!.hash, 1.25, { date: yesterday(), model: 'openai/gpt-4o' })
    test.mock.recordUsage(other!.hash, 2, { date: yesterday() })
    const { result } = renderHook(() => useActivity({ api_key_hash: spender!.hash }), {
      wrapper: test.wrapper,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.map((row) => row.model)).toEqual(['openai/gpt-4o'])
    expect(result.current.data?.[0]?.usage).toBeCloseTo(1.25)
    expect(new URL(test.requests[0]!.url).searchParams.get('api_key_hash')).toBe(spender!.hash)
  })
})

describe('useApiKeys({ allWorkspaces: true })', () => {
  it('returns every key of every workspace, each once', async () => {
    const test = await harness({ seed: 30 })
    const { result } = renderHook(() => useApiKeys({ allWorkspaces: true }), {
      wrapper: test.wrapper,
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const workspaces = test.mock.listWorkspaces()
    expect(workspaces.length).toBeGreaterThan(1)
    const expected = workspaces.flatMap((workspace) =>
      test.mock.listKeys({ workspaceId: workspace.id }),
    )
    const hashes = (result.current.data ?? []).map((key) => key.hash)
    expect(new Set(hashes).size).toBe(hashes.length)
    expect([...hashes].sort()).toEqual(expected.map((key) => key.hash).sort())
    // The plain listing is a different cache entry with only the default workspace's keys.
    const { result: defaultOnly } = renderHook(() => useApiKeys(), { wrapper: test.wrapper })
    await waitFor(() => expect(defaultOnly.current.isSuccess).toBe(true))
    expect(defaultOnly.current.data?.length).toBeLessThan(hashes.length)
  })

  it('rejects workspace_id beside allWorkspaces before any request', async () => {
    const test = await harness()
    const { result } = renderHook(
      () => useApiKeys({ allWorkspaces: true, workspace_id: 'ws-only-this-one' }),
      { wrapper: test.wrapper },
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(InvalidRequestError)
    expect(result.current.error?.message).toContain('ws-only-this-one')
    expect(test.requests).toHaveLength(0)
  })
})
