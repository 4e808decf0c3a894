import { createOpenRouterClient } from '@openrouter-kit/client'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { OpenRouterProvider, OpenRouterProviderError, useOpenRouterClient } from './provider'

// React logs caught render errors to console.error; keep the output readable.
const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {})
afterEach(() => vi.restoreAllMocks())

const client = createOpenRouterClient({ baseURL: 'http://127.0.0.1:9/api/v1' })

describe('OpenRouterProvider', () => {
  it('gives the hooks its client, inside the app QueryClientProvider', () => {
    const queryClient = new QueryClient()
    const { result } = renderHook(() => useOpenRouterClient(), {
      wrapper: ({ children }) => (
        <QueryClientProvider client={queryClient}>
          <OpenRouterProvider client={client}>{children}</OpenRouterProvider>
        </QueryClientProvider>
      ),
    })
    expect(result.current).toBe(client)
  })

  it('throws a clear error when there is no QueryClientProvider', () => {
    quiet()
    const attempt = () => render(<OpenRouterProvider client={client}>x</OpenRouterProvider>)
    expect(attempt).toThrow(OpenRouterProviderError)
    expect(attempt).toThrow(/found no QueryClient.*<QueryClientProvider/)
  })

  it('rejects a client that is not one', () => {
    quiet()
    const queryClient = new QueryClient()
    const notAClient = { keys: {} } as unknown as typeof client
    expect(() =>
      render(
        <QueryClientProvider client={queryClient}>
          <OpenRouterProvider client={notAClient}>x</OpenRouterProvider>
        </QueryClientProvider>,
      ),
    ).toThrow(/expected `client` to be the object createOpenRouterClient\(\) returns; got object/)
  })
})

describe('useOpenRouterClient', () => {
  it('throws a clear error outside OpenRouterProvider', () => {
    quiet()
    expect(() => renderHook(() => useOpenRouterClient())).toThrow(
      /No OpenRouter client found.*<OpenRouterProvider client=\{client\}>/,
    )
  })
})
