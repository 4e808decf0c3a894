// Tells the requests parked in a delay that their listener is closing. One per listener, with one
// callback per pending delay, removed when that delay ends. (An `abort` listener per request on
// one shared AbortSignal made Node print a MaxListenersExceededWarning into users' test output as
// soon as 11 delayed requests were pending at once.)
export class ShutdownNotifier {
  #closed = false
  readonly #callbacks = new Set<() => void>()

  get closed(): boolean {
    return this.#closed
  }

  /** Runs `callback` once when the listener closes; returns the function that unregisters it. */
  onClose(callback: () => void): () => void {
    this.#callbacks.add(callback)
    return () => {
      this.#callbacks.delete(callback)
    }
  }

  /** How many callbacks are registered (pending delays), for tests. */
  get pending(): number {
    return this.#callbacks.size
  }

  close(): void {
    if (this.#closed) return
    this.#closed = true
    const callbacks = [...this.#callbacks]
    this.#callbacks.clear()
    for (const callback of callbacks) callback()
  }
}
