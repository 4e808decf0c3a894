// Checks for what the state-changing methods (and listKeys) receive, so that a bad value fails in
// the call that passed it, naming the field, instead of turning later requests into 500s.
import type { ApiKey } from '@openrouter-kit/types'
import { date as calendarDate } from '@openrouter-kit/types/operations'
import { API_KEY_SCHEMA, apiKeyProblem } from './api-key-schema'
import { type TimeInput, toEpochMilliseconds } from './clock'
import { isUuid } from './formats'
import type { JsonSchema } from './json-schema'
import { describeValue, isPlainObject } from './json-value'
import type { ListKeysFilter } from './key-store'

/** ApiKey with nothing required: what addKey accepts (omitted fields are generated). */
const PARTIAL_API_KEY_SCHEMA: JsonSchema = { ...API_KEY_SCHEMA, required: [] }

/** Every entry of the `keys` option is a complete, valid key, and no two share a hash. */
export function assertInitialKeys(keys: unknown, where: string): asserts keys is ApiKey[] {
  if (!Array.isArray(keys)) {
    throw new TypeError(
      `${where}: keys must be an array of ApiKey objects, got ${describeValue(keys)}`,
    )
  }
  const firstIndexByHash = new Map<string, number>()
  for (const [index, key] of keys.entries()) {
    const problem = apiKeyProblem(key, `keys[${index}]`)
    if (problem) throw new TypeError(`${where}: ${problem}`)
    const { hash } = key as ApiKey
    const earlier = firstIndexByHash.get(hash)
    if (earlier !== undefined) {
      throw new TypeError(
        `${where}: keys[${index}].hash ${JSON.stringify(hash)} is already the hash of keys[${earlier}]; hashes must be unique`,
      )
    }
    firstIndexByHash.set(hash, index)
  }
}

/** The fields given to addKey, each valid for its spec type; undefined counts as omitted. */
export function definedKeyFields(partial: unknown, where: string): Partial<ApiKey> {
  if (!isPlainObject(partial)) {
    throw new TypeError(
      `${where}: expected an object of ApiKey fields, got ${describeValue(partial)}`,
    )
  }
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  )
  const problem = apiKeyProblem(defined, '', PARTIAL_API_KEY_SCHEMA)
  if (problem) throw new TypeError(`${where}: ${problem}`)
  return defined as Partial<ApiKey>
}

export function assertHash(hash: unknown, where: string): asserts hash is string {
  if (typeof hash !== 'string' || hash === '') {
    throw new TypeError(`${where}: hash must be a non-empty string, got ${describeValue(hash)}`)
  }
}

const FILTER_FIELDS = ['includeDisabled', 'workspaceId']

export function assertListFilter(
  filter: unknown,
  where: string,
): asserts filter is ListKeysFilter | undefined {
  if (filter === undefined) return
  if (!isPlainObject(filter)) {
    throw new TypeError(`${where}: expected a filter object, got ${describeValue(filter)}`)
  }
  for (const name of Object.keys(filter)) {
    if (!FILTER_FIELDS.includes(name)) {
      throw new TypeError(
        `${where}: unknown filter field "${name}" (expected ${FILTER_FIELDS.join(' or ')})`,
      )
    }
  }
  const { includeDisabled, workspaceId } = filter
  if (includeDisabled !== undefined && typeof includeDisabled !== 'boolean') {
    throw new TypeError(
      `${where}: includeDisabled must be a boolean, got ${describeValue(includeDisabled)}`,
    )
  }
  if (workspaceId !== undefined && !(typeof workspaceId === 'string' && isUuid(workspaceId))) {
    throw new TypeError(
      `${where}: workspaceId must be a UUID string, got ${describeValue(workspaceId)}`,
    )
  }
}

/** Fields of a key that identify it; updateKey cannot change them. */
const FIXED_KEY_FIELDS = ['hash', 'workspace_id'] as const

/** The fields given to updateKey: valid ApiKey fields, none that identify the key. */
export function updateKeyFields(patch: unknown, where: string): Partial<ApiKey> {
  const fields = definedKeyFields(patch, where)
  for (const name of FIXED_KEY_FIELDS) {
    if (fields[name] !== undefined) {
      throw new TypeError(
        `${where}: ${name} identifies the key and cannot change; remove the key and add a new one`,
      )
    }
  }
  return fields
}

export interface UsageOptions {
  /** The model the usage is attributed to in GET /activity. Default `openai/gpt-4o-mini`. */
  model?: string
  /**
   * When it was spent: a Date, an ISO 8601 date-time, epoch milliseconds, or a `YYYY-MM-DD` day
   * (its start). Not after the mock's clock. Default: now.
   */
  date?: TimeInput
}

const USAGE_OPTION_FIELDS = ['model', 'date']

/** The amount, model and time of a recordUsage call, checked; `now` is the mock's clock. */
export function checkedUsage(
  usd: unknown,
  options: unknown,
  now: number,
  where: string,
): { usd: number; model: string | undefined; spentAt: number } {
  if (!(typeof usd === 'number' && Number.isFinite(usd) && usd >= 0)) {
    throw new TypeError(`${where}: usd must be a finite number >= 0, got ${describeValue(usd)}`)
  }
  if (options === undefined) return { usd, model: undefined, spentAt: now }
  if (!isPlainObject(options)) {
    throw new TypeError(
      `${where}: expected options { model?, date? }, got ${describeValue(options)}`,
    )
  }
  for (const name of Object.keys(options)) {
    if (!USAGE_OPTION_FIELDS.includes(name)) {
      throw new TypeError(`${where}: unknown option "${name}" (expected model or date)`)
    }
  }
  const { model, date } = options
  if (model !== undefined && !(typeof model === 'string' && model.trim() !== '')) {
    throw new TypeError(`${where}: model must be a non-empty string, got ${describeValue(model)}`)
  }
  let spentAt = now
  if (date !== undefined) {
    spentAt =
      typeof date === 'string' && calendarDate.decodeText(date).ok
        ? Date.parse(`${date}T00:00:00Z`)
        : toEpochMilliseconds(date, `${where}: date`)
    if (spentAt > now) {
      throw new TypeError(
        `${where}: date ${describeValue(date)} is after the mock's clock (${new Date(now).toISOString()}); move the clock with setNow first`,
      )
    }
  }
  return { usd, model: model as string | undefined, spentAt }
}
