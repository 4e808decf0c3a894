import { createOpenRouterClient } from '@openrouter-kit/client'
import { OpenRouterProvider } from '@openrouter-kit/react'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Dashboard } from './Dashboard'
import './styles.css'

// The browser client has no API key: it calls this app's own server route, which holds the
// management key and forwards the operations the dashboard uses to OpenRouter (see api.mjs and
// createManagementProxy).
const client = createOpenRouterClient({ baseURL: '/api/openrouter' })

const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000 } } })

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OpenRouterProvider client={client}>
        <Dashboard />
      </OpenRouterProvider>
    </QueryClientProvider>
  </StrictMode>,
)
