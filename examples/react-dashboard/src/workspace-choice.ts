// What the workspace picker can show: the default workspace (GET /keys without workspace_id),
// one workspace by id, or every key of every workspace (the client's inventory).

export type WorkspaceChoice =
  | { kind: 'default' }
  | { kind: 'workspace'; id: string }
  | { kind: 'all' }

/** The picker's <option> values: '' for the default workspace, '*' for all of them, else an id. */
export const DEFAULT_WORKSPACE_VALUE = ''
export const ALL_WORKSPACES_VALUE = '*'

export function choiceFromValue(value: string): WorkspaceChoice {
  if (value === DEFAULT_WORKSPACE_VALUE) return { kind: 'default' }
  if (value === ALL_WORKSPACES_VALUE) return { kind: 'all' }
  return { kind: 'workspace', id: value }
}

export function valueOfChoice(choice: WorkspaceChoice): string {
  if (choice.kind === 'default') return DEFAULT_WORKSPACE_VALUE
  if (choice.kind === 'all') return ALL_WORKSPACES_VALUE
  return choice.id
}
