import { getEventListeners, setMaxListeners } from 'node:events'
import { describe, expect, it } from 'vitest'
import { abortableDelay } from './delay'
import { ShutdownNotifier } from './shutdown'

describe('abortableDelay', () => {
  it('resolves true after the delay and leaves no listener behind', async () => {
    const controller = new AbortController()
    // Twenty waits on one signal on purpose (a request has one wait; this checks the cleanup):
    // raise the limit so Node does not print a MaxListenersExceededWarning into the test output.
    setMaxListeners(20, controller.signal)
    const shutdown = new ShutdownNotifier()
    const waits = Array.from({ length: 20 }, () =>
      abortableDelay(5, { signal: controller.signal, shutdown }),
    )
    expect(shutdown.pending).toBe(20)
    expect(await Promise.all(waits)).toEqual(Array(20).fill(true))
    expect(shutdown.pending).toBe(0)
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('resolves false at once when the request aborts, and unregisters from the shutdown', async () => {
    const controller = new AbortController()
    const shutdown = new ShutdownNotifier()
    const wait = abortableDelay(600_000, { signal: controller.signal, shutdown })
    controller.abort()
    expect(await wait).toBe(false)
    expect(shutdown.pending).toBe(0)
  })

  it('resolves false for every pending wait when the listener closes', async () => {
    const shutdown = new ShutdownNotifier()
    const signals = Array.from({ length: 3 }, () => new AbortController().signal)
    const waits = signals.map((signal) => abortableDelay(600_000, { signal, shutdown }))
    shutdown.close()
    expect(await Promise.all(waits)).toEqual([false, false, false])
    for (const signal of signals) expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })

  it('does not wait at all once aborted or closed', async () => {
    const closed = new ShutdownNotifier()
    closed.close()
    expect(await abortableDelay(600_000, { shutdown: closed })).toBe(false)
    expect(await abortableDelay(600_000, { signal: AbortSignal.abort() })).toBe(false)
  })
})
