import { useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

/**
 * The new key's secret, shown this once: the API never returns it again, and the dashboard keeps
 * it only in the create mutation's result, which is dropped when the dialog closes.
 */
export function NewKeySecret({ secret, onDone }: { secret: string; onDone: () => void }) {
  const [copy, setCopy] = useState<CopyState>('idle')

  const copySecret = () => {
    // The Clipboard API needs a secure context (https or localhost) and the user's gesture.
    if (!navigator.clipboard) {
      setCopy('failed')
      return
    }
    navigator.clipboard.writeText(secret).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    )
  }

  return (
    <div>
      <p>
        <strong>Copy this key now: you will not see it again.</strong> OpenRouter shows a key's
        secret only when it is created.
      </p>
      <p>
        <code data-testid="new-key-secret">{secret}</code>
      </p>
      <button type="button" onClick={copySecret}>
        Copy
      </button>{' '}
      {copy === 'copied' && <span role="status">Copied to the clipboard.</span>}
      {copy === 'failed' && (
        <span role="status">Could not copy: select the key above and copy it yourself.</span>
      )}
      <p>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </p>
    </div>
  )
}
