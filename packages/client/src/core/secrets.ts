// Keeping secrets out of everything the client shows: errors, their headers, log lines and the
// raw client's responses. Redaction works on what the server sent, in every spelling a server
// may echo a key in (as is, JSON-escaped, percent-encoded, or any mix), and runs before any text
// is cut. Also the check that a key can be sent at all, which never quotes it.
import { InvalidRequestError } from '../errors'

/** What a secret is replaced with. */
export const REDACTED = '***'

// OpenRouter's key format, for keys this client never held (one a create returned, one echoed
// by a proxy): `sk-or-v1-` and 64 hex digits. Shorter runs are not treated as keys.
const OPENROUTER_SECRET = /sk-or-v\d+-[0-9a-f]{16,}/gi

// A secret's start shorter than this, at the end of a text the server cut, is left alone: it is
// too short to tell from ordinary text.
const MIN_PARTIAL_SECRET = 4

const PATTERN_SYNTAX = /[\\^$.*+?()[\]{}|/]/g
const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0')

/**
 * A pattern for one character of a secret in each way a server may write it: as is, as a JSON
 * escape (`\u0022`, `\"`), percent-encoded in either case (`%22`, `%c3%a9`), `+` for a space.
 */
function characterPattern(character: string): string {
  const asIs = character.replace(PATTERN_SYNTAX, '\\$&')
  const percentEncoded = [...new TextEncoder().encode(character)]
    .map((byte) => `%${hex(byte, 2)}`)
    .join('')
  const forms = [asIs, `\\\\u${hex(character.charCodeAt(0), 4)}`, percentEncoded]
  if (`"\\/`.includes(character)) forms.push(`\\\\${asIs}`)
  if (character === ' ') forms.push('\\+')
  return `(?:${forms.join('|')})`
}

interface SecretPatterns {
  /** The whole secret, in any spelling (flags g and i: hex digits come in both cases). */
  whole: RegExp
  /** The secret's start (MIN_PARTIAL_SECRET characters or more) at the end of a text. */
  start: RegExp
}

// Built once for the last secret asked for (usually the client's one key).
let lastPatterns: { secret: string; patterns: SecretPatterns } | undefined

function patternsOf(secret: string): SecretPatterns {
  if (lastPatterns?.secret !== secret) {
    const characters = [...secret].map(characterPattern)
    // c1 c2 c3 c4 (c5 (c6 …)?)? $: any start of the secret, cut anywhere after the fourth character.
    const optionalRest = characters
      .slice(MIN_PARTIAL_SECRET, -1)
      .reduceRight((rest, character) => `(?:${character}${rest})?`, '')
    const start = `${characters.slice(0, MIN_PARTIAL_SECRET).join('')}${optionalRest}$`
    lastPatterns = {
      secret,
      patterns: { whole: new RegExp(characters.join(''), 'gi'), start: new RegExp(start, 'i') },
    }
  }
  return lastPatterns.patterns
}

type Secrets = ReadonlyArray<string | undefined>

/**
 * `text` with every spelling of each of `secrets` replaced by `***`, and nothing else: for
 * bodies handed back to the caller, where a created key's secret is the answer itself.
 */
export function redactKnownSecrets(text: string, secrets: Secrets): string {
  let result = text
  for (const secret of secrets) {
    if (secret) result = result.replace(patternsOf(secret).whole, REDACTED)
  }
  return result
}

/**
 * `text` with every spelling of each secret, and anything shaped like an OpenRouter key,
 * replaced by `***`: for errors and log lines. Exported so that tools built on the client
 * (the `ork` CLI) redact the same way.
 */
export function redactSecrets(text: string, secrets: Secrets): string {
  return redactKnownSecrets(text, secrets).replace(OPENROUTER_SECRET, REDACTED)
}

/**
 * A text the server sent (a header value, a string in an error body): redacted, and a secret's
 * start at its end (the server cut its own echo) dropped too.
 */
function redactServerText(text: string, secrets: Secrets): string {
  let result = redactSecrets(text, secrets)
  for (const secret of secrets) {
    if (secret) result = result.replace(patternsOf(secret).start, REDACTED)
  }
  return result
}

/**
 * The first `limit` characters of `text`, redacted before the cut, so that a secret straddling
 * it cannot survive half-cut.
 */
export function redactedExcerpt(text: string, limit: number, secrets: Secrets): string {
  return redactServerText(redactSecrets(text, secrets).slice(0, limit), secrets)
}

/** A parsed JSON value with every string (names included) redacted as server text. */
export function redactJson(value: unknown, secrets: Secrets): unknown {
  if (typeof value === 'string') return redactServerText(value, secrets)
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets))
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [
      redactServerText(name, secrets),
      redactJson(item, secrets),
    ]),
  )
}

/** A copy of `headers` with every value redacted (servers echo keys in headers too). */
export function redactHeaders(headers: Headers, secrets: Secrets): Headers {
  const redacted = new Headers()
  headers.forEach((value, name) => {
    redacted.append(name, redactServerText(value, secrets))
  })
  return redacted
}

/**
 * Characters the Headers API refuses in a value (it throws a TypeError that quotes the value):
 * control characters other than tab, and anything beyond U+00FF.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we look for
export const UNSENDABLE_IN_HEADER = /[\u0000-\u0008\u000a-\u001f\u007f]|[^\u0000-\u00ff]/

/** Why a string cannot be a header value, in words shared by every message that says so. */
export const UNSENDABLE_IN_HEADER_WORDS =
  'a control character (such as a line break) or one beyond U+00FF, which a header cannot carry'

/**
 * What is wrong with an API key, without quoting it, or undefined when it can be sent as
 * `Authorization: Bearer <key>`.
 */
function apiKeyProblem(key: unknown): string | undefined {
  if (typeof key !== 'string') {
    const received =
      key === null ? 'null' : typeof key === 'object' ? 'an object' : `a ${typeof key}`
    return `received ${received}, expected a string`
  }
  if (key.trim() === '') return 'it is empty'
  if (UNSENDABLE_IN_HEADER.test(key)) return `it contains ${UNSENDABLE_IN_HEADER_WORDS}`
  if (key !== key.trim()) return 'it starts or ends with whitespace (a pasted newline or space?)'
  return undefined
}

/** `key` when it can be sent; else an InvalidRequestError that says what is wrong, never the key. */
export function checkApiKey(key: unknown): string {
  const problem = apiKeyProblem(key)
  if (problem) throw new InvalidRequestError(`Invalid apiKey: ${problem}`)
  return key as string
}
