// A wait that ends early when the request is aborted or its listener closes, so a
// `{ delayMs: 60_000 }` fault never keeps a test (or `close()`) hanging. Resolves true when the
// full delay elapsed. Each wait registers with its own request's signal and with the listener's
// ShutdownNotifier, and removes both when it ends.
import type { ShutdownNotifier } from './shutdown'

export interface DelayInterruptions {
  /** The request's own signal (one listener per request). */
  signal?: AbortSignal
  /** The listener's shutdown, shared by its requests. */
  shutdown?: ShutdownNotifier
}

export function abortableDelay(
  ms: number,
  { signal, shutdown }: DelayInterruptions,
): Promise<boolean> {
  if (signal?.aborted || shutdown?.closed) return Promise.resolve(false)
  return new Promise<boolean>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let unregister: (() => void) | undefined
    const finish = (completed: boolean) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', interrupt)
      unregister?.()
      resolve(completed)
    }
    const interrupt = () => finish(false)
    signal?.addEventListener('abort', interrupt, { once: true })
    unregister = shutdown?.onClose(interrupt)
    timer = setTimeout(() => finish(true), ms)
  })
}
