// Keeping secrets out of everything the client shows: errors, their headers, log lines and the
// raw client's responses. Redaction works on what the server sent, in every spelling a server
// may echo a key in (as is, JSON-escaped, percent-encoded), and runs before any text is cut.

/** What a secret is replaced with. */
export const REDACTED = '***'

// OpenRouter's key format, for keys this client never held (one a create returned, one echoed
// by a proxy): `sk-or-v1-` and 64 hex digits. Shorter runs are not treated as keys.
const OPENROUTER_SECRET = /sk-or-v\d+-[0-9a-f]{16,}/gi

/** Every spelling of `secret` a server might echo, longest first. */
function spellings(secret: string): string[] {
  const percentEncoded = encodeURIComponent(secret)
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    percentEncoded,
    percentEncoded.replace(/%[0-9A-F]{2}/g, (percentEscape) => percentEscape.toLowerCase()),
    percentEncoded.replaceAll('%20', '+'),
  ])
  return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length)
}

/**
 * `text` with every spelling of each of `secrets` replaced by `***`, and nothing else: for
 * bodies handed back to the caller, where a created key's secret is the answer itself.
 */
export function redactKnownSecrets(
  text: string,
  secrets: ReadonlyArray<string | undefined>,
): string {
  let result = text
  for (const secret of secrets) {
    if (!secret) continue
    for (const form of spellings(secret)) result = result.split(form).join(REDACTED)
  }
  return result
}

/**
 * `text` with every spelling of each secret, and anything shaped like an OpenRouter key,
 * replaced by `***`: for errors and log lines. Exported so that tools built on the client
 * (the `ork` CLI) redact the same way.
 */
export function redactSecrets(text: string, secrets: ReadonlyArray<string | undefined>): string {
  return redactKnownSecrets(text, secrets).replace(OPENROUTER_SECRET, REDACTED)
}

// A secret shorter than this at the end of a cut text is too short to tell from ordinary text.
const MIN_PARTIAL_SECRET = 4

/**
 * The first `limit` characters of `text`, redacted first, so that a secret straddling the cut
 * cannot survive half-cut; a tail that is the start of a secret (text the server cut itself) is
 * dropped too.
 */
export function redactedExcerpt(
  text: string,
  limit: number,
  secrets: ReadonlyArray<string | undefined>,
): string {
  let excerpt = redactSecrets(text, secrets)
  if (excerpt.length > limit) excerpt = excerpt.slice(0, limit)
  for (const secret of secrets) {
    if (!secret) continue
    for (
      let length = Math.min(secret.length - 1, excerpt.length);
      length >= MIN_PARTIAL_SECRET;
      length--
    ) {
      if (excerpt.endsWith(secret.slice(0, length))) {
        excerpt = `${excerpt.slice(0, -length)}${REDACTED}`
        break
      }
    }
  }
  return excerpt
}

/** A copy of `headers` with every value redacted (servers echo keys in headers too). */
export function redactHeaders(
  headers: Headers,
  secrets: ReadonlyArray<string | undefined>,
): Headers {
  const redacted = new Headers()
  headers.forEach((value, name) => {
    redacted.append(name, redactSecrets(value, secrets))
  })
  return redacted
}

// Characters the Headers API refuses in a value (it throws a TypeError that quotes the value).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
const CONTROL_CHARACTER = /[\u0000-\u0008\u000a-\u001f\u007f]/
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range starts at NUL by definition
const BEYOND_LATIN_1 = /[^\u0000-\u00ff]/

/**
 * What is wrong with an API key, without quoting it, or undefined when it can be sent as
 * `Authorization: Bearer <key>`.
 */
export function apiKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string')
    return `received ${key === null ? 'null' : `a ${typeof key}`}, expected a string`
  if (key.trim() === '') return 'it is empty'
  if (CONTROL_CHARACTER.test(key)) {
    return 'it contains a control character (a line break, NUL or similar), which cannot be sent in a header'
  }
  if (BEYOND_LATIN_1.test(key)) {
    return 'it contains a character beyond U+00FF, which cannot be sent in a header'
  }
  if (key !== key.trim()) return 'it starts or ends with whitespace (a pasted newline or space?)'
  return undefined
}
