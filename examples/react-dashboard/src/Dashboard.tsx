import { useApiKeysInfinite } from '@openrouter-kit/react'
import { useState } from 'react'
import { ErrorAlert } from './ErrorAlert'
import { KeysTable } from './KeysTable'

export function Dashboard() {
  const [includeDisabled, setIncludeDisabled] = useState(false)
  const keys = useApiKeysInfinite({ include_disabled: includeDisabled })
  const rows = keys.data?.pages.flat() ?? []

  return (
    <main>
      <header>
        <h1>API keys</h1>
        <label>
          <input
            type="checkbox"
            checked={includeDisabled}
            onChange={(event) => setIncludeDisabled(event.target.checked)}
          />
          Include disabled keys
        </label>
        <button type="button" onClick={() => keys.refetch()} disabled={keys.isFetching}>
          Refresh
        </button>
      </header>

      {keys.error && <ErrorAlert error={keys.error} onRetry={() => keys.refetch()} />}

      {keys.isPending ? (
        <p role="status">Loading keys…</p>
      ) : (
        <>
          <p role="status" data-testid="key-count">
            Showing {rows.length} {rows.length === 1 ? 'key' : 'keys'}
            {keys.hasNextPage ? '' : ' (all loaded)'}
          </p>
          <KeysTable keys={rows} />
          {keys.hasNextPage && (
            <button
              type="button"
              onClick={() => keys.fetchNextPage()}
              disabled={keys.isFetchingNextPage}
            >
              {keys.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </>
      )}
    </main>
  )
}
