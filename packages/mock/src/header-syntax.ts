// What HTTP allows in a response header (RFC 9110 sections 5.1 and 5.5), checked when a fault is
// enqueued: a header the Headers API or node:http refuses would otherwise fail only when the
// request arrives, as a 500 in place of the fault the test asked for.

/** A field name is a token: letters, digits and ``!#$%&'*+-.^_`|~``. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

/** A character node:http refuses in a value: anything but HTAB, SP, visible ASCII, obs-text (0x80-0xFF). */
const NOT_FIELD_CONTENT = /[^\t\x20-\x7e\x80-\xff]/u

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

/**
 * Why `value` cannot be sent as a header value, or undefined when it can. Names the character and
 * its position, never the value: a test may put a secret in a header on purpose.
 */
export function headerValueProblem(value: string): string | undefined {
  const bad = NOT_FIELD_CONTENT.exec(value)
  if (bad) {
    const codePoint = bad[0].codePointAt(0) ?? 0
    const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
    const kind = codePoint > 0xff ? 'above U+00FF' : 'a control character'
    return `contains ${name} (${kind}) at index ${bad.index}; header values allow tab, space, visible ASCII and U+0080-U+00FF`
  }
  if (/^[\t ]|[\t ]$/.test(value)) {
    return 'starts or ends with whitespace, which HTTP strips'
  }
  return undefined
}
