// What HTTP allows in a response header (RFC 9110 sections 5.1 and 5.5), checked when a fault is
// enqueued: a header the Headers API or node:http refuses would otherwise fail only when the
// request arrives, as a 500 in place of the fault the test asked for.

/** A field name is a token: letters, digits and ``!#$%&'*+-.^_`|~``. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** Field content as node:http accepts it: HTAB, SP, visible ASCII and obs-text (0x80-0xFF). */
const FIELD_CONTENT = /^[\t\x20-\x7e\x80-\xff]*$/

/** Set by the transport from the body; a copy from a fault would corrupt the framing. */
const TRANSPORT_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection'])

/** Why `name` cannot be a fault header, or undefined when it can. */
export function headerNameProblem(name: string): string | undefined {
  if (!TOKEN.test(name)) {
    return "is not a valid header name (expected letters, digits or !#$%&'*+-.^_`|~, with no spaces or colons)"
  }
  if (TRANSPORT_HEADERS.has(name.toLowerCase())) {
    return 'is set by the transport from the body and cannot be set by a fault'
  }
  return undefined
}

/** Why `value` cannot be sent as a header value, or undefined when it can. */
export function headerValueProblem(value: string): string | undefined {
  if (!FIELD_CONTENT.test(value)) {
    return 'contains a character a header value cannot hold (a control character such as CR, LF or NUL, or one above U+00FF)'
  }
  if (/^[\t ]|[\t ]$/.test(value)) {
    return 'starts or ends with whitespace, which HTTP strips'
  }
  return undefined
}
