// Key secrets as OpenRouter issues them: `sk-or-v1-` and 64 hex digits; the key's `hash` is the
// SHA-256 of the secret in hex, and its `label` the secret masked (`sk-or-v1-0e6...1c96`).
// Secrets come from the seeded PRNG (reproducible; this is a mock, not a vault) and are never
// stored: a request's bearer token is hashed and looked up by hash.
// SHA-256 comes from @noble/hashes (audited, dependency-free, bundled into dist at build time):
// it is synchronous, where Web Crypto's digest hops to a thread pool and took about 1 ms per
// call, which made 10,000 creates take 10 s; node:crypto would tie the in-process handler to Node.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
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

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)))
}
