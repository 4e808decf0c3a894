import type { ApiKey } from '@openrouter-kit/client'
import { DisableToggle } from './DisableToggle'
import { formatDate, formatLimit, formatMoney } from './format'

interface KeysTableProps {
  keys: ApiKey[]
  /** Workspace id -> name, for the Workspace column (ids show until the names load). */
  workspaceNames: ReadonlyMap<string, string>
  /** Opens a key's detail panel. */
  onOpen: (hash: string) => void
}

export function KeysTable({ keys, workspaceNames, onOpen }: KeysTableProps) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Label</th>
          <th scope="col">Hash</th>
          <th scope="col">Status</th>
          <th scope="col">Usage</th>
          <th scope="col">Limit</th>
          <th scope="col">Created</th>
          <th scope="col">Workspace</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.hash} data-hash={key.hash}>
            <td>
              <button type="button" className="link" onClick={() => onOpen(key.hash)}>
                {key.name}
              </button>
            </td>
            <td>{key.label}</td>
            <td>
              <code>{key.hash}</code>
            </td>
            <td>{key.disabled ? 'Disabled' : 'Active'}</td>
            <td>{formatMoney(key.usage)}</td>
            <td>{formatLimit(key)}</td>
            <td>{formatDate(key.created_at)}</td>
            <td>{workspaceNames.get(key.workspace_id) ?? key.workspace_id}</td>
            <td>
              <DisableToggle apiKey={key} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
