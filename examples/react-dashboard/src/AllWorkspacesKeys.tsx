import { useApiKeys } from '@openrouter-kit/react'
import { KeysSection } from './KeysSection'
import { KeysTable } from './KeysTable'

interface AllWorkspacesKeysProps {
  includeDisabled: boolean
  workspaceNames: ReadonlyMap<string, string>
  onOpen: (hash: string) => void
}

/**
 * Every key of every workspace in one table: useApiKeys with `allWorkspaces: true` (the client's
 * inventory: each key exactly once, several workspaces fetched at a time).
 */
export function AllWorkspacesKeys({
  includeDisabled,
  workspaceNames,
  onOpen,
}: AllWorkspacesKeysProps) {
  const keys = useApiKeys({ allWorkspaces: true, include_disabled: includeDisabled })
  const rows = keys.data ?? []
  const workspaceCount = new Set(rows.map((key) => key.workspace_id)).size

  return (
    <KeysSection listing={keys} loadingText="Loading every workspace's keys…">
      <p role="status" data-testid="key-count">
        Showing {rows.length} {rows.length === 1 ? 'key' : 'keys'} in {workspaceCount}{' '}
        {workspaceCount === 1 ? 'workspace' : 'workspaces'} (all loaded)
      </p>
      <KeysTable keys={rows} workspaceNames={workspaceNames} onOpen={onOpen} />
    </KeysSection>
  )
}
