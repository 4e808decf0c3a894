// The one place the CLI hides secrets (the management key, and anything shaped like an
// OpenRouter key) from what it prints on stderr: error lines, --debug request logs and stack
// traces. It follows the client's `redactSecrets` (same spellings, same key shape) and is kept
// alone in this file so that it can be swapped for it; it is not imported from the client
// because `ork --help` would then load the whole client (see README, "Startup").

/** What a secret is replaced with. */
export const REDACTED = '***'

/**
 * A cut-off start of a secret this long or longer is hidden too. A server (or an excerpt cut at
 * a fixed length) can end text in the middle of an echoed key; twelve characters is three past
 * the public `sk-or-v1-` prefix, so nothing shorter reveals anything.
 */
const MIN_PARTIAL_SECRET = 12

// OpenRouter's key format (`sk-or-v1-` and hex digits), for keys the CLI never held: one a
// create returned, or one a proxy echoed. Shorter runs (a label such as `sk-or-v1-0e6...`) stay.
const OPENROUTER_SECRET = /sk-or-v\d+-[0-9a-f]{16,}/gi

/**
 * `text` with every secret replaced by `***`: as sent, JSON-escaped (a key holding `"` or `\`
 * echoed inside a JSON body) and URL-encoded (a key echoed in a query string, in upper or lower
 * case hex, with `+` for spaces), plus any cut-off start of a secret at least MIN_PARTIAL_SECRET
 * characters long, and anything shaped like an OpenRouter key. Empty secrets are ignored.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text
  for (const form of secretForms(secrets)) result = result.split(form).join(REDACTED)
  return result.replace(OPENROUTER_SECRET, REDACTED)
}

/** Every form of every secret that must not appear, longest first so no form is left half-hidden. */
function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    const percentEncoded = encodeURIComponent(secret)
    for (const form of [
      secret,
      JSON.stringify(secret).slice(1, -1),
      percentEncoded,
      percentEncoded.replace(/%[0-9A-F]{2}/g, (percentEscape) => percentEscape.toLowerCase()),
      percentEncoded.replaceAll('%20', '+'),
    ]) {
      forms.add(form)
    }
    for (let length = secret.length - 1; length >= MIN_PARTIAL_SECRET; length--) {
      forms.add(secret.slice(0, length))
    }
  }
  return [...forms].sort((a, b) => b.length - a.length)
}
