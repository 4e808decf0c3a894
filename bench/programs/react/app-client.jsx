// The base app plus a component that lists keys with @openrouter-kit/client in useQuery.
import { createOpenRouterClient } from '@openrouter-kit/client'
import { useQuery } from '@tanstack/react-query'
import { mount } from './base.jsx'

// In a browser the client talks to your own server route (createKeysProxy), without a key.
const client = createOpenRouterClient({ baseURL: '/api/openrouter' })

function KeysWithClient() {
  const { data } = useQuery({
    queryKey: ['openrouter-keys'],
    queryFn: () => client.keys.listAll().toArray(),
  })
  return (
    <ul>
      {data?.map((key) => (
        <li key={key.hash}>{key.name}</li>
      ))}
    </ul>
  )
}

mount(<KeysWithClient />)
