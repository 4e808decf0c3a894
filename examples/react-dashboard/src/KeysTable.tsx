import type { ApiKey } from '@openrouter-kit/react'

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

function formatLimit(key: ApiKey): string {
  if (key.limit === null) return 'No limit'
  return `${money.format(key.limit_remaining ?? 0)} of ${money.format(key.limit)}`
}

export function KeysTable({ keys }: { keys: ApiKey[] }) {
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
        </tr>
      </thead>
      <tbody>
        {keys.map((key) => (
          <tr key={key.hash} data-hash={key.hash}>
            <td>{key.name}</td>
            <td>{key.label}</td>
            <td>
              <code>{key.hash}</code>
            </td>
            <td>{key.disabled ? 'Disabled' : 'Active'}</td>
            <td>{money.format(key.usage)}</td>
            <td>{formatLimit(key)}</td>
            <td>{new Date(key.created_at).toLocaleDateString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
