// A wait between attempts that the caller's signal cuts short.
import { APIUserAbortError } from '../errors'

/** The error for a caller's abort, carrying the signal's reason. */
export const userAbort = (signal: AbortSignal | undefined) =>
  new APIUserAbortError('Aborted by the caller', { cause: signal?.reason })

/** Resolves after `milliseconds`; rejects with APIUserAbortError as soon as `signal` aborts. */
export function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(userAbort(signal))
      return
    }
    const onAbort = () => {
      clearTimeout(timer)
      reject(userAbort(signal))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, milliseconds)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
