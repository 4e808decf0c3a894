// Typed, checked access to the fields of a key as the API sent it. The client passes data through
// as it arrived, and a server can send anything: every formatter (table and CSV) reads fields
// through `readField`, so a wrong type becomes a MalformedDataError instead of a crash deep in a
// renderer (or `[object Object]` in a CSV file).
import type { ApiKey } from '@openrouter-kit/types'
import type { ColumnId } from './column-ids'
import { MalformedDataError } from './malformed-data-error'

type Kind = 'string' | 'number' | 'boolean'

/** The `typeof` a field's values must have, derived from the spec's type of that field. */
type KindOf<T> = [NonNullable<T>] extends [string]
  ? 'string'
  : [NonNullable<T>] extends [number]
    ? 'number'
    : [NonNullable<T>] extends [boolean]
      ? 'boolean'
      : never

/**
 * The kind of every field. Typed from ApiKey, so this table fails to compile when the spec
 * changes the type of a field (or adds one that is not a string, number or boolean).
 */
export const FIELD_KINDS: { readonly [Field in ColumnId]: KindOf<ApiKey[Field]> } = {
  name: 'string',
  label: 'string',
  hash: 'string',
  disabled: 'boolean',
  usage: 'number',
  usage_daily: 'number',
  usage_weekly: 'number',
  usage_monthly: 'number',
  byok_usage: 'number',
  byok_usage_daily: 'number',
  byok_usage_weekly: 'number',
  byok_usage_monthly: 'number',
  limit: 'number',
  limit_remaining: 'number',
  limit_reset: 'string',
  include_byok_in_limit: 'boolean',
  created_at: 'string',
  updated_at: 'string',
  expires_at: 'string',
  creator_user_id: 'string',
  workspace_id: 'string',
}

/** How much of a bad value an error message quotes. */
const EXCERPT_LENGTH = 40
/** How much of a key's hash names it in an error message (as `git` shortens commit hashes). */
const HASH_PREFIX = 12

/**
 * `key[field]`, checked: a value of the field's kind, or null when it is null or absent (shown
 * as `—` or an empty CSV field). Anything else throws a MalformedDataError naming the key and field.
 */
export function readField<Field extends ColumnId>(
  key: ApiKey,
  field: Field,
): NonNullable<ApiKey[Field]> | null {
  if (typeof key !== 'object' || key === null || Array.isArray(key)) {
    throw new MalformedDataError(`the API sent a key that is not an object: ${excerpt(key)}`)
  }
  const value: unknown = key[field]
  if (value === null || value === undefined) return null
  const kind: Kind = FIELD_KINDS[field]
  if (typeof value !== kind) {
    throw new MalformedDataError(
      `the API sent a key (${describeKey(key)}) whose ${field} is ${excerpt(value)}; expected a ${kind}`,
    )
  }
  return value as NonNullable<ApiKey[Field]>
}

function describeKey(key: ApiKey): string {
  const hash: unknown = key.hash
  if (typeof hash !== 'string') return 'without a hash'
  return `hash ${hash.length > HASH_PREFIX ? `${hash.slice(0, HASH_PREFIX)}…` : hash}`
}

function excerpt(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value)
  return json.length > EXCERPT_LENGTH ? `${json.slice(0, EXCERPT_LENGTH - 1)}…` : json
}
