// `onRequest` hooks: run for every request of an operation after it was authenticated and
// decoded, right before its handler, so a test can change the state between two requests of a
// listing (delete a key before page 2) and the handler sees the change. Each request awaits the
// hooks on its own, so concurrent requests each get theirs.
import type { OperationId } from '@openrouter-kit/types/operations'

export interface RequestInfo {
  operation: OperationId
  method: string
  /** The full request path, e.g. `/api/v1/keys/abc`. */
  path: string
  /** Query parameters the operation knows, decoded (`offset` is a number, `include_disabled` a boolean). */
  query: Readonly<Record<string, unknown>>
  /** Path parameters, decoded (`hash`, `id`). */
  params: Readonly<Record<string, unknown>>
}

export type RequestHook = (request: RequestInfo) => void | Promise<void>

export class RequestHooks {
  readonly #hooks = new Set<RequestHook>()

  /** Adds a hook; returns the function that removes it. */
  add(hook: RequestHook): () => void {
    if (typeof hook !== 'function') {
      throw new TypeError(`onRequest: expected a function, got ${typeof hook}`)
    }
    // A wrapper per registration, so the same function added twice is removed once per call.
    const registered: RequestHook = (request) => hook(request)
    this.#hooks.add(registered)
    return () => {
      this.#hooks.delete(registered)
    }
  }

  /** Whether any hook is registered (requests skip the hook step otherwise). */
  get active(): boolean {
    return this.#hooks.size > 0
  }

  /** Runs the hooks registered now, in the order they were added. */
  async run(request: RequestInfo): Promise<void> {
    for (const hook of [...this.#hooks]) await hook(request)
  }
}
