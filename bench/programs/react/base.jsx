// The baseline app: react + react-dom + TanStack Query, listing keys with plain fetch in useQuery.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'

const baseURL = 'https://openrouter.ai/api/v1'

function KeysWithFetch() {
  const { data, error } = useQuery({
    queryKey: ['keys'],
    queryFn: async () => {
      const response = await fetch(`${baseURL}/keys`, {
        headers: { Authorization: `Bearer ${globalThis.OPENROUTER_MANAGEMENT_KEY}` },
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return (await response.json()).data
    },
  })
  if (error) return <p>{String(error)}</p>
  return (
    <ul>
      {data?.map((key) => (
        <li key={key.hash}>{key.name}</li>
      ))}
    </ul>
  )
}

export function mount(extra) {
  createRoot(document.getElementById('root')).render(
    <QueryClientProvider client={new QueryClient()}>
      <KeysWithFetch />
      {extra}
    </QueryClientProvider>,
  )
}
