import { useApiKeysInfinite } from '@openrouter-kit/react'
import { KeysSection } from './KeysSection'
import { KeysTable } from './KeysTable'

interface WorkspaceKeysProps {
  /** Undefined: the default workspace (GET /keys without workspace_id). */
  workspaceId: string | undefined
  includeDisabled: boolean
  workspaceNames: ReadonlyMap<string, string>
  onOpen: (hash: string) => void
}

/** One workspace's keys, a page at a time ("Load more"): useApiKeysInfinite. */
export function WorkspaceKeys({
  workspaceId,
  includeDisabled,
  workspaceNames,
  onOpen,
}: WorkspaceKeysProps) {
  const keys = useApiKeysInfinite({ include_disabled: includeDisabled, workspace_id: workspaceId })
  const rows = keys.data?.pages.flat() ?? []

  return (
    <KeysSection listing={keys} loadingText="Loading keys…">
      <p role="status" data-testid="key-count">
        Showing {rows.length} {rows.length === 1 ? 'key' : 'keys'}
        {keys.hasNextPage ? '' : ' (all loaded)'}
      </p>
      <KeysTable keys={rows} workspaceNames={workspaceNames} onOpen={onOpen} />
      {keys.hasNextPage && (
        <button
          type="button"
          onClick={() => keys.fetchNextPage()}
          disabled={keys.isFetchingNextPage}
        >
          {keys.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </KeysSection>
  )
}
