// <OpenRouterProvider> hands the client to the hooks. It deliberately has no cache of its own: the
// hooks run on the app's QueryClient (from TanStack's QueryClientProvider), so keys share the app's
// devtools, defaults, persistence and invalidation.
import { QueryClientContext } from '@tanstack/react-query'
import { createContext, type ReactNode, useContext } from 'react'
import type { OpenRouterKeysClient } from './client-type'

const OpenRouterClientContext = createContext<OpenRouterKeysClient | null>(null)

/** Thrown when the provider or a hook is rendered without what it needs around it. */
export class OpenRouterProviderError extends Error {
  override name = 'OpenRouterProviderError'
}

export interface OpenRouterProviderProps {
  /**
   * The client the hooks call. In a browser, create it with `baseURL` pointing at your own server
   * route (made with `createKeysProxy`) and no API key: a management key must never reach a browser.
   */
  client: OpenRouterKeysClient
  children?: ReactNode
}

/**
 * Supplies `client` to the hooks. Must be rendered inside TanStack's `<QueryClientProvider>`: the
 * hooks use that QueryClient. Without one it throws an {@link OpenRouterProviderError} saying so,
 * rather than quietly creating a second cache that the app could not see or invalidate.
 */
export function OpenRouterProvider({ client, children }: OpenRouterProviderProps) {
  const queryClient = useContext(QueryClientContext)
  if (!queryClient) {
    throw new OpenRouterProviderError(
      "<OpenRouterProvider> found no QueryClient. Wrap it in TanStack Query's <QueryClientProvider client={queryClient}> (from @tanstack/react-query): the OpenRouter hooks store their data in your app's QueryClient and never create one of their own.",
    )
  }
  if (!client || typeof client.keys?.list !== 'function') {
    throw new OpenRouterProviderError(
      `<OpenRouterProvider> expected \`client\` to be the object createOpenRouterClient() returns; got ${client === null ? 'null' : typeof client}.`,
    )
  }
  return (
    <OpenRouterClientContext.Provider value={client}>{children}</OpenRouterClientContext.Provider>
  )
}

/** The client from the nearest <OpenRouterProvider>; throws if there is none. */
export function useOpenRouterClient(): OpenRouterKeysClient {
  const client = useContext(OpenRouterClientContext)
  if (!client) {
    throw new OpenRouterProviderError(
      "No OpenRouter client found. Render this component inside <OpenRouterProvider client={client}> (from @openrouter-kit/react), itself inside TanStack Query's <QueryClientProvider>.",
    )
  }
  return client
}
