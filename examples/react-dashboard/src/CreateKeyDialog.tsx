import { useCreateApiKey } from '@openrouter-kit/react'
import { type FormEvent, useState } from 'react'
import { ErrorAlert } from './ErrorAlert'
import { LimitInput, limitFromInput } from './LimitInput'
import { Modal } from './Modal'
import { NewKeySecret } from './NewKeySecret'

interface CreateKeyDialogProps {
  /** Where the key is created; undefined: the account's default workspace. */
  workspaceId: string | undefined
  workspaceName: string
  onClose: () => void
}

/**
 * Creates a key, then shows its secret once. `gcTime: 0` drops the finished mutation (and with it
 * the secret) from TanStack's mutation cache as soon as the dialog closes; the query cache never
 * gets it (useCreateApiKey caches the new key without `key`).
 */
export function CreateKeyDialog({ workspaceId, workspaceName, onClose }: CreateKeyDialogProps) {
  const [name, setName] = useState('')
  const [limit, setLimit] = useState('')
  const create = useCreateApiKey({ gcTime: 0 })

  const close = () => {
    // Closing while the create is in flight would lose the only copy of the secret it returns.
    if (create.isPending) return
    create.reset()
    onClose()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const body = { name, limit: limitFromInput(limit) }
    create.mutate(workspaceId === undefined ? body : { ...body, workspace_id: workspaceId })
  }

  if (create.data) {
    return (
      <Modal title={`Key “${create.data.data.name}” created`} onClose={close}>
        <NewKeySecret secret={create.data.key} onDone={close} />
      </Modal>
    )
  }

  return (
    <Modal title="Create a key" onClose={close}>
      <form onSubmit={submit}>
        <p>In {workspaceName}.</p>
        <p>
          <label>
            Name <input required value={name} onChange={(event) => setName(event.target.value)} />
          </label>
        </p>
        <p>
          <LimitInput value={limit} onChange={setLimit} />
        </p>
        {create.error && <ErrorAlert title="Could not create the key" error={create.error} />}
        <button type="button" onClick={close} disabled={create.isPending}>
          Cancel
        </button>{' '}
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create key'}
        </button>
      </form>
    </Modal>
  )
}
