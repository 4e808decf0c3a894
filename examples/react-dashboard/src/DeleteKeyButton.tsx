import type { ApiKey } from '@openrouter-kit/client'
import { useDeleteApiKey } from '@openrouter-kit/react'
import { useState } from 'react'
import { ErrorAlert } from './ErrorAlert'
import { Modal } from './Modal'

interface DeleteKeyButtonProps {
  apiKey: ApiKey
  /** After the server deleted it. */
  onDeleted: () => void
}

/** "Delete key", then a confirm dialog naming the key: a delete cannot be undone. */
export function DeleteKeyButton({ apiKey, onDeleted }: DeleteKeyButtonProps) {
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteApiKey({ onSuccess: onDeleted })

  const close = () => {
    setConfirming(false)
    remove.reset()
  }

  return (
    <>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        Delete key
      </button>
      {confirming && (
        <Modal title={`Delete “${apiKey.name}”?`} onClose={close}>
          <p>Apps using this key stop working at once. This cannot be undone.</p>
          {remove.error && <ErrorAlert title="Could not delete the key" error={remove.error} />}
          <button type="button" onClick={close} disabled={remove.isPending}>
            Cancel
          </button>{' '}
          <button
            type="button"
            className="danger"
            onClick={() => remove.mutate(apiKey.hash)}
            disabled={remove.isPending}
          >
            {remove.isPending ? 'Deleting…' : 'Delete'}
          </button>
        </Modal>
      )}
    </>
  )
}
