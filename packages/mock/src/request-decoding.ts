// Reading a request into its operation's parameters and body with the descriptor's codecs, the
// same ones the client checks its callers with and the server-side proxy reads requests with, so
// a bad value gets the same message from all three. Unknown query parameters are ignored, as the
// real API ignores them; a known one given twice has no single meaning and is refused, as the
// proxy refuses it.
import {
  invalidMessage,
  invalidTextMessage,
  type OperationDescriptor,
} from '@openrouter-kit/types/operations'

export type DecodedRequest =
  | {
      ok: true
      params: Record<string, unknown>
      query: Record<string, unknown>
      body: unknown
    }
  | { ok: false; message: string }

/** The proxy's words for the same case, so both say the same. */
const NOT_JSON_MESSAGE = 'Invalid body: received text that is not JSON, expected a JSON object'

const failure = (message: string): DecodedRequest => ({ ok: false, message })

/** `pathText`: the path parameters as the router decoded them from the URL. */
export async function decodeOperationRequest(
  request: Request,
  url: URL,
  operation: OperationDescriptor,
  pathText: Record<string, string>,
): Promise<DecodedRequest> {
  const params: Record<string, unknown> = {}
  for (const [name, codec] of Object.entries(operation.pathParams)) {
    const text = pathText[name] ?? ''
    const result = codec.decodeText(text)
    if (!result.ok) return failure(invalidTextMessage(name, text, result.expected))
    params[name] = result.value
  }

  const { searchParams } = url
  const query: Record<string, unknown> = {}
  for (const [name, codec] of Object.entries(operation.query)) {
    const values = searchParams.getAll(name)
    if (values.length === 0) {
      if (codec.defaultValue !== undefined) query[name] = codec.defaultValue
      continue
    }
    if (values.length > 1) return failure(invalidMessage(name, values, 'a single value'))
    const text = values[0] as string
    const result = codec.decodeText(text)
    if (!result.ok) return failure(invalidTextMessage(name, text, result.expected))
    query[name] = result.value
  }

  if (!operation.body) return { ok: true, params, query, body: undefined }
  const text = await request.text()
  // Both bodies the spec has are required; an empty one is a missing one.
  if (text.trim() === '') return failure(invalidMessage('body', undefined, operation.body.expected))
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return failure(NOT_JSON_MESSAGE)
  }
  const result = operation.body.decodeJson(json)
  if (!result.ok) {
    return failure(invalidMessage(result.name ?? 'body', result.received, result.expected))
  }
  return { ok: true, params, query, body: result.value }
}
