/**
 * The API sent data the output cannot show as it claims to be: a key that is not an object, or a
 * field of the wrong type (a `name` that is a number). Reported as one line, exit 1, like any
 * other bad answer from the API; never a crash with a stack trace.
 */
export class MalformedDataError extends Error {
  override name = 'MalformedDataError'
}
