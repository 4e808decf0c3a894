import type { OpenRouterError } from '@openrouter-kit/client'
import type { ReactNode } from 'react'
import { ErrorAlert } from './ErrorAlert'

/** The part of a TanStack query result the section shows: loading, refreshing, failing. */
export interface ListingState {
  isPending: boolean
  isFetching: boolean
  error: OpenRouterError | null
  refetch: () => unknown
}

interface KeysSectionProps {
  listing: ListingState
  /** Shown while the first page (or the whole inventory) loads. */
  loadingText: string
  /** The count, the table and any paging controls, once there is data. */
  children: ReactNode
}

/** What every key listing has around its table: Refresh, the error alert, the loading line. */
export function KeysSection({ listing, loadingText, children }: KeysSectionProps) {
  return (
    <section aria-label="Keys">
      <button type="button" onClick={() => listing.refetch()} disabled={listing.isFetching}>
        Refresh
      </button>
      {listing.error && (
        <ErrorAlert
          title="Could not load keys"
          error={listing.error}
          onRetry={() => listing.refetch()}
        />
      )}
      {listing.isPending ? <p role="status">{loadingText}</p> : children}
    </section>
  )
}
