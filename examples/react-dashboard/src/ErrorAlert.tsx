import { APIError, type OpenRouterError } from '@openrouter-kit/client'

interface ErrorAlertProps {
  /** What failed, in the user's words: "Could not load keys". */
  title: string
  error: OpenRouterError
  /** Shows a "Try again" button when given. */
  onRetry?: () => void
}

/** Shows what went wrong in terms a user can act on: the error class, status and request id. */
export function ErrorAlert({ title, error, onRetry }: ErrorAlertProps) {
  const detail = APIError.isInstance(error)
    ? `HTTP ${error.status}${error.requestId ? `, request ${error.requestId}` : ''}`
    : undefined
  return (
    <div role="alert">
      <strong>
        {title} ({error.name}).
      </strong>{' '}
      {error.message}
      {detail && <small> ({detail})</small>}{' '}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
