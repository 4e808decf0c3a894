// Key secrets as OpenRouter issues them: `sk-or-v1-` and 64 hex digits; the key's `hash` is the
// SHA-256 of the secret in hex, and its `label` the secret masked (`sk-or-v1-0e6...1c96`).
// Secrets come from the seeded PRNG (reproducible; this is a mock, not a vault) and are never
// stored: a request's bearer token is hashed and looked up by hash. SHA-256 is Web Crypto's, so
// the in-process handler still needs no Node built-in.
import type { Random } from './random'

export const SECRET_PREFIX = 'sk-or-v1-'
const SECRET_HEX_DIGITS = 64
const LABEL_HEAD_DIGITS = 3
const LABEL_TAIL_DIGITS = 4

export function newSecret(random: Random): string {
  return `${SECRET_PREFIX}${random.hex(SECRET_HEX_DIGITS)}`
}

/** `sk-or-v1-0e6...1c96`: enough to recognise a key, too little to use it. */
export function maskedLabel(secret: string): string {
  const digits = secret.slice(SECRET_PREFIX.length)
  return `${SECRET_PREFIX}${digits.slice(0, LABEL_HEAD_DIGITS)}...${digits.slice(-LABEL_TAIL_DIGITS)}`
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return hex
}
