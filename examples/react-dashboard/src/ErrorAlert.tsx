import { APIError, type OpenRouterError } from '@openrouter-kit/client'

/** Shows what went wrong in terms a user can act on: the error class, status and request id. */
export function ErrorAlert({ error, onRetry }: { error: OpenRouterError; onRetry: () => void }) {
  const detail = APIError.isInstance(error)
    ? `HTTP ${error.status}${error.requestId ? `, request ${error.requestId}` : ''}`
    : undefined
  return (
    <div role="alert">
      <strong>Could not load keys ({error.name}).</strong> {error.message}
      {detail && <small> ({detail})</small>}{' '}
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
