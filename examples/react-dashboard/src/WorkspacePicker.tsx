import { useWorkspaces } from '@openrouter-kit/react'
import {
  ALL_WORKSPACES_VALUE,
  choiceFromValue,
  DEFAULT_WORKSPACE_VALUE,
  valueOfChoice,
  type WorkspaceChoice,
} from './workspace-choice'

interface WorkspacePickerProps {
  choice: WorkspaceChoice
  onChange: (choice: WorkspaceChoice) => void
}

/** A <select> of the account's workspaces (useWorkspaces), with "All workspaces" last. */
export function WorkspacePicker({ choice, onChange }: WorkspacePickerProps) {
  const workspaces = useWorkspaces()
  return (
    <label>
      Workspace{' '}
      <select
        value={valueOfChoice(choice)}
        onChange={(event) => onChange(choiceFromValue(event.target.value))}
      >
        <option value={DEFAULT_WORKSPACE_VALUE}>Default workspace</option>
        {workspaces.data?.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
        <option value={ALL_WORKSPACES_VALUE}>All workspaces</option>
      </select>
      {workspaces.error && <small> (workspaces unavailable: {workspaces.error.name})</small>}
    </label>
  )
}
