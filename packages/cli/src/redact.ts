// The one place the CLI hides secrets (the management key) from what it prints on stderr: error
// lines, --debug request logs and stack traces. Kept alone in this file so that it can be swapped
// for the client's own exported helper once that exists.

/** What a secret is replaced with. */
export const REDACTED = '***'

/**
 * A cut-off start of a secret this long or longer is hidden too. A server (or an excerpt cut at
 * a fixed length) can end text in the middle of an echoed key; twelve characters is three past
 * the public `sk-or-v1-` prefix, so nothing shorter reveals anything.
 */
const MIN_PARTIAL_SECRET = 12

/**
 * `text` with every secret replaced by `***`: as sent, JSON-escaped (a key holding `"` or `\`
 * echoed inside a JSON body) and URL-encoded (a key echoed in a query string), plus any cut-off
 * start of a secret at least MIN_PARTIAL_SECRET characters long. Empty secrets are ignored.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let result = text
  for (const form of secretForms(secrets)) result = result.split(form).join(REDACTED)
  return result
}

/** Every form of every secret that must not appear, longest first so no form is left half-hidden. */
function secretForms(secrets: readonly (string | undefined)[]): string[] {
  const forms = new Set<string>()
  for (const secret of secrets) {
    if (!secret) continue
    for (const form of [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]) {
      forms.add(form)
    }
    for (let length = secret.length - 1; length >= MIN_PARTIAL_SECRET; length--) {
      forms.add(secret.slice(0, length))
    }
  }
  return [...forms].sort((a, b) => b.length - a.length)
}
