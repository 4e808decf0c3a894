// Checks for what the state-changing methods (and listKeys) receive, so that a bad value fails in
// the call that passed it, naming the field, instead of turning later requests into 500s.
import type { ApiKey } from '@openrouter-kit/types'
import { API_KEY_SCHEMA, apiKeyProblem } from './api-key-schema'
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
