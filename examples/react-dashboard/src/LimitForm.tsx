import type { ApiKey } from '@openrouter-kit/client'
import { useUpdateApiKey } from '@openrouter-kit/react'
import { type FormEvent, useState } from 'react'
import { ErrorAlert } from './ErrorAlert'
import { LimitInput, limitFromInput } from './LimitInput'

/** Changes a key's spending limit; the new figure shows at once (optimistic) and rolls back on an error. */
export function LimitForm({ apiKey }: { apiKey: ApiKey }) {
  const [text, setText] = useState(apiKey.limit === null ? '' : String(apiKey.limit))
  const update = useUpdateApiKey()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update.mutate({ hash: apiKey.hash, patch: { limit: limitFromInput(text) } })
  }

  return (
    <form onSubmit={submit}>
      <LimitInput
        value={text}
        onChange={(value) => {
          setText(value)
          update.reset()
        }}
      />{' '}
      <button type="submit" disabled={update.isPending}>
        {update.isPending ? 'Saving…' : 'Save limit'}
      </button>
      {update.isSuccess && <span role="status"> Saved.</span>}
      {update.error && <ErrorAlert title="Could not change the limit" error={update.error} />}
    </form>
  )
}
