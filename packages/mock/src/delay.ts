// A wait that ends early when any of the signals aborts, so a `{ delayMs: 60_000 }` fault never
// keeps a test (or `close()`) hanging. Resolves true when the full delay elapsed.
export function abortableDelay(ms: number, signals: ReadonlyArray<AbortSignal | undefined>) {
  const active = signals.filter((signal): signal is AbortSignal => signal !== undefined)
  if (active.some((signal) => signal.aborted)) return Promise.resolve(false)
  return new Promise<boolean>((resolve) => {
    const finish = (completed: boolean) => {
      clearTimeout(timer)
      for (const signal of active) signal.removeEventListener('abort', onAbort)
      resolve(completed)
    }
    const onAbort = () => finish(false)
    const timer = setTimeout(() => finish(true), ms)
    for (const signal of active) signal.addEventListener('abort', onAbort, { once: true })
  })
}
