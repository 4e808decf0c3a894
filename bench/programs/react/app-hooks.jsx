// The base app plus a component that lists keys with useApiKeys() from @openrouter-kit/react.
import { createOpenRouterClient } from '@openrouter-kit/client'
import { OpenRouterProvider, useApiKeys } from '@openrouter-kit/react'
import { mount } from './base.jsx'

// In a browser the client talks to your own server route (createKeysProxy), without a key.
const client = createOpenRouterClient({ baseURL: '/api/openrouter' })

function KeysWithHooks() {
  const { data } = useApiKeys()
  return (
    <ul>
      {data?.map((key) => (
        <li key={key.hash}>{key.name}</li>
      ))}
    </ul>
  )
}

mount(
  <OpenRouterProvider client={client}>
    <KeysWithHooks />
  </OpenRouterProvider>,
)
