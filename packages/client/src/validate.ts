// Input checks that run before any request, so bad input fails fast with a message that names the
// parameter, the value received and what was expected.
import { InvalidRequestError } from './errors'
import { redact } from './logger'

/** Throws an InvalidRequestError unless `ok`. The key, if present in `value`, is redacted. */
export const check = (
  name: string,
  value: unknown,
  ok: unknown,
  expected: string,
  key?: string,
) => {
  if (!ok)
    throw new InvalidRequestError(
      redact(
        `Invalid ${name}: received ${typeof value === 'string' ? `"${value}"` : String(value)}, expected ${expected}`,
        key,
      ),
    )
}

// The query parameters of GET /keys: [test of a present value, what is expected].
const rules: Record<string, [(v: unknown) => boolean, string]> = {
  include_disabled: [(v) => /^(true|false)$/.test(v as string), "true, false, 'true' or 'false'"],
  offset: [(v) => Number.isSafeInteger(v) && (v as number) >= 0, 'an integer >= 0'],
  workspace_id: [(v) => /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i.test(v as string), 'a UUID'],
}

/**
 * Checks `GET /keys` parameters and returns the query string (`''` or `?a=b`). Booleans are sent
 * as 'true'/'false'; null and undefined mean absent.
 */
export function toQuery(params: object, key?: string): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(params ?? {})) {
    const rule = rules[name]
    if (!rule) check('parameter name', name, 0, Object.keys(rules).join(', '), key)
    else if (value != null) {
      check(name, value, rule[0](value), rule[1], key)
      query.append(name, value)
    }
  }
  return `${query}`.replace(/^./, '?$&')
}
