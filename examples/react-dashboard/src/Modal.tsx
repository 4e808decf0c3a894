import { type ReactNode, useEffect, useId, useRef } from 'react'

interface ModalProps {
  title: string
  /** Escape, or a button of the caller's, closes it; the caller unmounts it then. */
  onClose: () => void
  children: ReactNode
}

/**
 * A native <dialog> opened with showModal(): the browser gives focus trapping, Escape and the
 * backdrop, and screen readers announce it as a dialog named by its title.
 */
export function Modal({ title, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React's state decide, instead of the browser closing it behind its back.
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
