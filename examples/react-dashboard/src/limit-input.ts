/**
 * A limit input's text as the API's `limit`: empty means no limit (null). Anything else becomes a
 * number as typed; the client checks it (a negative or non-numeric limit is an
 * InvalidRequestError naming the value, before any request).
 */
export function limitFromInput(text: string): number | null {
  return text.trim() === '' ? null : Number(text)
}
