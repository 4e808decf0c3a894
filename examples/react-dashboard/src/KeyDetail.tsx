import { useApiKey } from '@openrouter-kit/react'
import { DeleteKeyButton } from './DeleteKeyButton'
import { ErrorAlert } from './ErrorAlert'
import { formatDate, formatLimit, formatMoney } from './format'
import { LimitForm } from './LimitForm'

interface KeyDetailProps {
  hash: string
  workspaceNames: ReadonlyMap<string, string>
  onClose: () => void
}

/** One key (useApiKey): its figures, its limit to edit, and delete. The secret is never here. */
export function KeyDetail({ hash, workspaceNames, onClose }: KeyDetailProps) {
  const key = useApiKey(hash)

  return (
    <aside aria-label="Key details">
      <button type="button" onClick={onClose}>
        Close
      </button>
      {key.error && (
        <ErrorAlert
          title="Could not load the key"
          error={key.error}
          onRetry={() => key.refetch()}
        />
      )}
      {key.isPending && <p role="status">Loading the key…</p>}
      {key.data && (
        <>
          <h2>{key.data.name}</h2>
          <dl>
            <dt>Label</dt>
            <dd>{key.data.label}</dd>
            <dt>Hash</dt>
            <dd>
              <code>{key.data.hash}</code>
            </dd>
            <dt>Status</dt>
            <dd data-testid="detail-status">{key.data.disabled ? 'Disabled' : 'Active'}</dd>
            <dt>Workspace</dt>
            <dd>{workspaceNames.get(key.data.workspace_id) ?? key.data.workspace_id}</dd>
            <dt>Usage</dt>
            <dd>
              {formatMoney(key.data.usage)} ({formatMoney(key.data.usage_monthly)} this month)
            </dd>
            <dt>Limit</dt>
            <dd data-testid="detail-limit">
              {formatLimit(key.data)}
              {key.data.limit_reset ? `, resets ${key.data.limit_reset}` : ''}
            </dd>
            <dt>Created</dt>
            <dd>{formatDate(key.data.created_at)}</dd>
            <dt>Expires</dt>
            <dd>{key.data.expires_at ? formatDate(key.data.expires_at) : 'Never'}</dd>
          </dl>
          {/* Keyed by hash so the input starts from this key's limit, not the previous key's. */}
          <LimitForm key={key.data.hash} apiKey={key.data} />
          <DeleteKeyButton apiKey={key.data} onDeleted={onClose} />
        </>
      )}
    </aside>
  )
}
