// Reading a browser's request into an operation's parameters and body, with the same codecs the
// client checks its callers with: what is refused here never reaches OpenRouter.
import {
  invalidMessage,
  invalidTextMessage,
  type OperationDescriptor,
} from '@openrouter-kit/types/operations'

export type Decoded =
  | { ok: true; params: Record<string, unknown>; body: unknown }
  | { ok: false; message: string }

/** Bodies the browser may send the proxy; key-management bodies are a few hundred bytes. */
const MAX_REQUEST_BODY_BYTES = 64 * 1024

const failure = (message: string): Decoded => ({ ok: false, message })

/** The body as text, or undefined when it is larger than MAX_REQUEST_BODY_BYTES (read no further). */
async function readBoundedText(request: Request): Promise<string | undefined> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let bytes = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > MAX_REQUEST_BODY_BYTES) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const whole = new Uint8Array(bytes)
  let offset = 0
  for (const chunk of chunks) {
    whole.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(whole)
}

async function readJsonBody(
  request: Request,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  const text = await readBoundedText(request)
  if (text === undefined) {
    return { ok: false, message: `Request body larger than ${MAX_REQUEST_BODY_BYTES} bytes` }
  }
  if (text.trim() === '') return { ok: true, value: undefined }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return {
      ok: false,
      message: 'Invalid body: received text that is not JSON, expected a JSON object',
    }
  }
}

/** The parameters (path and query in one object) and body of `request` for `operation`. */
export async function decodeRequest(
  request: Request,
  operation: OperationDescriptor,
  pathText: Record<string, string>,
): Promise<Decoded> {
  const params: Record<string, unknown> = {}
  for (const [name, codec] of Object.entries(operation.pathParams)) {
    let text: string
    try {
      text = decodeURIComponent(pathText[name] ?? '')
    } catch {
      return failure(invalidMessage(name, pathText[name], 'a percent-encoded path segment'))
    }
    const result = codec.decodeText(text)
    if (!result.ok) return failure(invalidTextMessage(name, text, result.expected))
    params[name] = result.value
  }
  const query = new URL(request.url).searchParams
  const known = Object.keys(operation.query)
  for (const name of new Set(query.keys())) {
    if (!Object.hasOwn(operation.query, name)) {
      return failure(
        invalidMessage(
          'parameter name',
          name,
          known.length ? `one of ${known.join(', ')}` : 'no parameters',
        ),
      )
    }
    const values = query.getAll(name)
    // offset=1&offset=2 has no single meaning; refuse it rather than pick one.
    if (values.length > 1) return failure(invalidMessage(name, values, 'a single value'))
    const text = values[0] as string
    const result = operation.query[name]!.decodeText(text)
    if (!result.ok) return failure(invalidTextMessage(name, text, result.expected))
    params[name] = result.value
  }
  if (!operation.body) return { ok: true, params, body: undefined }
  const body = await readJsonBody(request)
  if (!body.ok) return failure(body.message)
  const result = operation.body.decodeJson(body.value ?? {})
  if (!result.ok)
    return failure(invalidMessage(result.name ?? 'body', result.received, result.expected))
  return { ok: true, params, body: result.value }
}
