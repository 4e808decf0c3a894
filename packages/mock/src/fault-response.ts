// Applies the fault chosen for a request around the request's normal handling (`serve`): answer
// instead of it, delay it, drop the connection, add headers to its response, or (afterCommit)
// handle it first and then answer the fault instead of its response.
import { abortableDelay } from './delay'
import { errorBody } from './errors'
import { NULL_BODY_STATUSES } from './fault-checks'
import type { Fault } from './faults'
import type { ShutdownNotifier } from './shutdown'

/** Per-request channel between the app and the transport (in-process fetch or node server). */
export interface RequestControl {
  /** Set when the transport must drop the connection instead of sending the response. */
  dropped: boolean
  /** Notifies when the listener that received the request closes (absent in-process). */
  shutdown?: ShutdownNotifier
}

/** What an after-commit fault answers without a status of its own: the client cannot tell. */
const AFTER_COMMIT_STATUS = 500

function faultHeaders(fault: Fault): Record<string, string> {
  const headers: Record<string, string> = { ...fault.headers }
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter)
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs)
  return headers
}

/** A wait that ends early (and then drops the request) on a client abort or a listener close. */
export async function waitOrDrop(
  ms: number,
  request: Request,
  control: RequestControl,
): Promise<void> {
  const completed = await abortableDelay(ms, {
    signal: request.signal,
    shutdown: control.shutdown,
  })
  if (!completed) control.dropped = true
}

export async function respondWithFault(
  fault: Fault | undefined,
  request: Request,
  control: RequestControl,
  serve: () => Promise<Response>,
): Promise<Response> {
  if (!fault) return serve()
  if (fault.afterCommit) {
    // The change is made; its answer never reaches the client.
    const committed = await serve()
    await committed.body?.cancel()
  }
  if (fault.delayMs) await waitOrDrop(fault.delayMs, request, control)
  if (fault.drop) control.dropped = true
  if (control.dropped) return new Response(null, { status: 500 })
  const headers = faultHeaders(fault)
  if (fault.afterCommit || fault.status !== undefined || fault.body !== undefined) {
    const status = fault.status ?? (fault.afterCommit ? AFTER_COMMIT_STATUS : 200)
    const body = NULL_BODY_STATUSES.has(status)
      ? null
      : (fault.body ?? (status >= 400 ? errorBody(status) : ''))
    return new Response(body, {
      status,
      headers: { 'content-type': fault.contentType ?? 'application/json', ...headers },
    })
  }
  const response = await serve()
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}
