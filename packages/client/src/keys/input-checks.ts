// Checks of key bodies beyond what the spec's codecs know: rules of the key lifecycle, each
// with a message that says what to do instead. They run before any request.
import { invalidMessage } from '@openrouter-kit/types/operations'
import { InvalidRequestError } from '../errors'

/** Fields fixed when a key is created: changing them means a new key. */
const FIXED_AT_CREATION = ['expires_at', 'workspace_id', 'creator_user_id']

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `expires_at` must lie in the future (a key that expired at creation is a mistake). */
export function checkExpiryInFuture(expiresAt: unknown, now = Date.now()): void {
  if (expiresAt === undefined || expiresAt === null) return
  const time =
    expiresAt instanceof Date
      ? expiresAt.getTime()
      : typeof expiresAt === 'string'
        ? Date.parse(expiresAt)
        : Number.NaN
  // A malformed value is left to the codec, which says what the format is.
  if (!Number.isNaN(time) && time <= now) {
    throw new InvalidRequestError(invalidMessage('expires_at', expiresAt, 'a time in the future'))
  }
}

/** A patch must change something, and nothing that is fixed at creation. */
export function checkPatch(patch: unknown): void {
  if (!isPlainObject(patch)) return
  for (const field of FIXED_AT_CREATION) {
    if (patch[field] !== undefined) {
      throw new InvalidRequestError(
        `Invalid ${field}: it cannot change after a key is created; create a new key (or rotate this one) instead`,
      )
    }
  }
  if (Object.values(patch).every((value) => value === undefined)) {
    throw new InvalidRequestError(
      invalidMessage(
        'patch',
        patch,
        'at least one of name, disabled, limit, limit_reset, include_byok_in_limit',
      ),
    )
  }
}
