// The mock's state: every key of every workspace in listing order (most recent first).
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

  constructor(keys: ApiKey[], random: Random) {
    this.#keys = keys.map((key) => structuredClone(key))
    this.#factory = createKeyFactory(random)
    const seen = new Set<string>()
    for (const key of this.#keys) {
      if (seen.has(key.hash)) throw new TypeError(`Duplicate key hash in options.keys: ${key.hash}`)
      seen.add(key.hash)
    }
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

  /** Adds a key as the newest one (offset 0 of its workspace); unspecified fields are generated. */
  add(partial: Partial<ApiKey> = {}): ApiKey {
    const generated = this.#factory.make({
      createdAt: Date.now(),
      workspaceId: partial.workspace_id ?? DEFAULT_WORKSPACE_ID,
      allowDisabled: false,
    })
    const key: ApiKey = { ...generated, expires_at: null, ...structuredClone(partial) }
    if (this.#keys.some((existing) => existing.hash === key.hash)) {
      throw new TypeError(`addKey: a key with hash ${key.hash} already exists`)
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
