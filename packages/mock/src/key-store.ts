// The mock's state: every key of every workspace in listing order (most recent first). Callers
// pass checked values (state-checks.ts); what the store holds is always a valid ApiKey.
import type { ApiKey } from '@openrouter-kit/types'
import { DEFAULT_WORKSPACE_ID } from './constants'
import type { Random } from './random'
import { createKeyFactory, isoSeconds, type KeyFactory } from './seed-keys'

export interface ListKeysFilter {
  /** Include disabled keys. Default false, like `GET /keys` without `include_disabled`. */
  includeDisabled?: boolean
  /** Default {@link DEFAULT_WORKSPACE_ID}, like `GET /keys` without `workspace_id`. */
  workspaceId?: string
}

export class KeyStore {
  #keys: ApiKey[]
  readonly #factory: KeyFactory

  /** `keys` must be valid and unique by hash (checked by the caller); they are copied. */
  constructor(keys: ApiKey[], random: Random) {
    this.#keys = keys.map((key) => structuredClone(key))
    this.#factory = createKeyFactory(random)
  }

  /** Copies of the matching keys in listing order; `start`/`end` pick a page before copying. */
  list(
    { includeDisabled = false, workspaceId = DEFAULT_WORKSPACE_ID }: ListKeysFilter = {},
    start = 0,
    end?: number,
  ) {
    // UUIDs compare case-insensitively.
    const workspace = workspaceId.toLowerCase()
    return this.#keys
      .filter(
        (key) => key.workspace_id.toLowerCase() === workspace && (includeDisabled || !key.disabled),
      )
      .slice(start, end)
      .map((key) => structuredClone(key))
  }

  /**
   * Adds a key as the newest one (offset 0 of its workspace). `fields` are valid ApiKey fields
   * (checked by the caller); the ones omitted are generated, so the result is a complete key.
   */
  add(fields: Partial<ApiKey>): ApiKey {
    const generated = this.#factory.make({
      createdAt: Date.now(),
      workspaceId: DEFAULT_WORKSPACE_ID,
      allowDisabled: false,
    })
    const key: ApiKey = { ...generated, expires_at: null, ...structuredClone(fields) }
    if (this.#keys.some((existing) => existing.hash === key.hash)) {
      throw new TypeError(`addKey: a key with hash ${JSON.stringify(key.hash)} already exists`)
    }
    this.#keys.unshift(key)
    return structuredClone(key)
  }

  disable(hash: string): void {
    const key = this.#find(hash, 'disableKey')
    key.disabled = true
    key.updated_at = isoSeconds(Date.now())
  }

  remove(hash: string): void {
    this.#find(hash, 'removeKey')
    this.#keys = this.#keys.filter((key) => key.hash !== hash)
  }

  #find(hash: string, method: string): ApiKey {
    const key = this.#keys.find((candidate) => candidate.hash === hash)
    if (!key) throw new TypeError(`${method}: no key with hash ${JSON.stringify(hash)}`)
    return key
  }
}
