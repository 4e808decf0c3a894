import type { ApiKey } from '@openrouter-kit/client'
import { useUpdateApiKey } from '@openrouter-kit/react'
import { ErrorAlert } from './ErrorAlert'

/**
 * Disables or enables a key with one click. useUpdateApiKey shows the change in every cached
 * listing at once and puts it back if the server refuses, so the row never waits for the network.
 */
export function DisableToggle({ apiKey }: { apiKey: ApiKey }) {
  const update = useUpdateApiKey()
  const action = apiKey.disabled ? 'Enable' : 'Disable'
  return (
    <>
      <button
        type="button"
        aria-label={`${action} ${apiKey.name}`}
        aria-busy={update.isPending}
        onClick={() => update.mutate({ hash: apiKey.hash, patch: { disabled: !apiKey.disabled } })}
      >
        {action}
      </button>
      {update.error && (
        <ErrorAlert
          title={`Could not ${update.variables?.patch.disabled ? 'disable' : 'enable'} ${apiKey.name}`}
          error={update.error}
        />
      )}
    </>
  )
}
