// How many requests a listing (or an inventory of several listings) has in flight at once. One
// limiter is shared by every listing of an inventory, so the budget holds across workspaces.

export interface Limiter {
  /** Resolves when a slot is free; call the returned function to give it back. */
  acquire(signal?: AbortSignal): Promise<() => void>
  /** The current limit. */
  readonly limit: number
  /** Halves the limit (not below 1) for the rest of the run: a 429 said we went too fast. */
  lower(): void
}

export function createLimiter(limit: number): Limiter {
  let current = limit
  let active = 0
  const waiting: Array<() => void> = []

  const release = () => {
    active--
    wakeNext()
  }
  function wakeNext() {
    while (active < current && waiting.length > 0) {
      active++
      waiting.shift()?.()
    }
  }

  return {
    get limit() {
      return current
    },
    lower() {
      current = Math.max(1, Math.floor(current / 2))
    },
    acquire(signal) {
      if (active < current) {
        active++
        return Promise.resolve(release)
      }
      return new Promise((resolve, reject) => {
        const grant = () => {
          signal?.removeEventListener('abort', onAbort)
          resolve(release)
        }
        const onAbort = () => {
          const index = waiting.indexOf(grant)
          if (index >= 0) waiting.splice(index, 1)
          reject(signal?.reason)
        }
        waiting.push(grant)
        signal?.addEventListener('abort', onAbort, { once: true })
      })
    },
  }
}
