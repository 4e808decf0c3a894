// Shared test wiring: a mock OpenRouter API on a random 127.0.0.1 port, a real client pointed at
// it, and a fresh QueryClient per test, so each test sees only its own cache and requests.
import {
  type ClientOptions,
  createOpenRouterClient,
  type OpenRouterClient,
} from '@openrouter-kit/client'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { OpenRouterProvider } from '../src/provider'

export type MockServer = ReturnType<typeof createMockServer>

export interface Harness {
  mock: MockServer
  client: OpenRouterClient
  queryClient: QueryClient
  /** Every Request the client handed to fetch, in order. */
  requests: Request[]
  wrapper: (props: { children: ReactNode }) => ReactNode
  close(): Promise<void>
}

export async function startHarness(
  mockOptions: Parameters<typeof createMockServer>[0] = { seed: 130, pageSize: 50 },
  clientOptions: ClientOptions = {},
): Promise<Harness> {
  const mock = createMockServer(mockOptions)
  const server = await mock.listen({ port: 0, host: '127.0.0.1' })
  const requests: Request[] = []
  const client = createOpenRouterClient({
    baseURL: server.url,
    apiKey: MOCK_MANAGEMENT_KEY,
    // The tests run in happy-dom, which the client rightly treats as a browser. Allowed here
    // because the key is the mock's, not a real one.
    dangerouslyAllowBrowser: true,
    // One attempt per request, so each scripted fault surfaces as the error it stands for.
    maxRetries: 0,
    fetch: (request) => {
      requests.push(request)
      return globalThis.fetch(request)
    },
    ...clientOptions,
  })
  // TanStack's own retries are off in the hooks; gcTime keeps caches from outliving the test.
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={client}>{children}</OpenRouterProvider>
    </QueryClientProvider>
  )
  return {
    mock,
    client,
    queryClient,
    requests,
    wrapper,
    async close() {
      queryClient.clear()
      await server.close()
    },
  }
}
