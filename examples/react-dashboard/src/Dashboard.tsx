import { useWorkspaces } from '@openrouter-kit/react'
import { useMemo, useState } from 'react'
import { AllWorkspacesKeys } from './AllWorkspacesKeys'
import { CreateKeyDialog } from './CreateKeyDialog'
import { CreditsSummary } from './CreditsSummary'
import { KeyDetail } from './KeyDetail'
import { WorkspaceKeys } from './WorkspaceKeys'
import { WorkspacePicker } from './WorkspacePicker'
import type { WorkspaceChoice } from './workspace-choice'

const DEFAULT_WORKSPACE_LABEL = 'the default workspace'

export function Dashboard() {
  const [workspace, setWorkspace] = useState<WorkspaceChoice>({ kind: 'default' })
  const [includeDisabled, setIncludeDisabled] = useState(false)
  const [openHash, setOpenHash] = useState<string | undefined>()
  const [creating, setCreating] = useState(false)

  const workspaces = useWorkspaces()
  const workspaceNames = useMemo(
    () => new Map((workspaces.data ?? []).map((item) => [item.id, item.name])),
    [workspaces.data],
  )
  // A key is created in the workspace on screen; from "All workspaces", in the default one.
  const createIn = workspace.kind === 'workspace' ? workspace.id : undefined

  return (
    <main>
      <header>
        <h1>API keys</h1>
        <CreditsSummary />
        <button type="button" onClick={() => setCreating(true)}>
          Create key
        </button>
      </header>

      <div className="toolbar">
        <WorkspacePicker choice={workspace} onChange={setWorkspace} />
        <label>
          <input
            type="checkbox"
            checked={includeDisabled}
            onChange={(event) => setIncludeDisabled(event.target.checked)}
          />
          Include disabled keys
        </label>
      </div>

      {/* Above the table, so it opens where the user can see it, however long the list is. */}
      {openHash && (
        <KeyDetail
          hash={openHash}
          workspaceNames={workspaceNames}
          onClose={() => setOpenHash(undefined)}
        />
      )}

      {workspace.kind === 'all' ? (
        <AllWorkspacesKeys
          includeDisabled={includeDisabled}
          workspaceNames={workspaceNames}
          onOpen={setOpenHash}
        />
      ) : (
        <WorkspaceKeys
          workspaceId={createIn}
          includeDisabled={includeDisabled}
          workspaceNames={workspaceNames}
          onOpen={setOpenHash}
        />
      )}

      {creating && (
        <CreateKeyDialog
          workspaceId={createIn}
          workspaceName={
            createIn === undefined
              ? DEFAULT_WORKSPACE_LABEL
              : (workspaceNames.get(createIn) ?? createIn)
          }
          onClose={() => setCreating(false)}
        />
      )}
    </main>
  )
}
