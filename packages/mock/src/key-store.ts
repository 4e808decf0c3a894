// The mock's keys: every key of every workspace, indexed so that each operation costs what it
// should with 10,000 keys: a Map by hash for lookups, and per workspace two arrays (all keys, and
// the enabled ones) kept oldest first, so that a new key is a push and a page of the newest-first
// listing is read straight from the end. Callers pass checked values (state-checks.ts); what the
// store holds is always a valid ApiKey.
import type { ApiKey } from '@openrouter-kit/types'
import type { Clock } from './clock'
import { DEFAULT_WORKSPACE_ID } from './constants'
import { cloneJson } from './json-value'
import type { Random } from './random'
import { createKeyFactory, type KeyFactory } from './seed-keys'
import { addUsage, limitRemaining, rollWindows } from './usage'

export interface ListKeysFilter {
  /** Include disabled keys. Default false, like `GET /keys` without `include_disabled`. */
  includeDisabled?: boolean
  /** Default {@link DEFAULT_WORKSPACE_ID}, like `GET /keys` without `workspace_id`. */
  workspaceId?: string
}

interface StoredKey {
  key: ApiKey
  /** Listing order: a larger number is a newer key. */
  sequence: number
  /** The clock time at which the key's usage windows were last current (see usage.ts). */
  windowsAt: number
}

interface WorkspaceKeys {
  /** Oldest first, by sequence. */
  all: StoredKey[]
  /** The enabled ones among `all`, oldest first. */
  enabled: StoredKey[]
}

/** Fields from which limit_remaining follows. */
const LIMIT_INPUTS: ReadonlySet<string> = new Set([
  'limit',
  'limit_reset',
  'include_byok_in_limit',
  'usage',
  'usage_daily',
  'usage_weekly',
  'usage_monthly',
  'byok_usage',
  'byok_usage_daily',
  'byok_usage_weekly',
  'byok_usage_monthly',
])

const WINDOW_FIELDS: ReadonlySet<string> = new Set([
  'usage_daily',
  'usage_weekly',
  'usage_monthly',
  'byok_usage_daily',
  'byok_usage_weekly',
  'byok_usage_monthly',
])

/** The index of the first entry whose sequence is >= `sequence` (entries sorted ascending). */
function lowerBound(entries: readonly StoredKey[], sequence: number): number {
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((entries[middle] as StoredKey).sequence < sequence) low = middle + 1
    else high = middle
  }
  return low
}

function removeEntry(entries: StoredKey[], stored: StoredKey): void {
  const index = lowerBound(entries, stored.sequence)
  if (entries[index] === stored) entries.splice(index, 1)
}

function insertEntry(entries: StoredKey[], stored: StoredKey): void {
  const index = lowerBound(entries, stored.sequence)
  if (entries[index] !== stored) entries.splice(index, 0, stored)
}

export class KeyStore {
  readonly #byHash = new Map<string, StoredKey>()
  readonly #byWorkspace = new Map<string, WorkspaceKeys>()
  readonly #factory: KeyFactory
  readonly #clock: Clock
  #nextSequence = 0
  /** Usage of keys removed since the start: the account still spent it (GET /credits). */
  #removedUsage = 0

  /** `keys` (listing order, newest first) must be valid and unique by hash; they are copied. */
  constructor(keys: readonly ApiKey[], random: Random, clock: Clock) {
    this.#factory = createKeyFactory(random)
    this.#clock = clock
    for (let index = keys.length - 1; index >= 0; index--) {
      this.#store(cloneJson(keys[index] as ApiKey))
    }
  }

  has(hash: string): boolean {
    return this.#byHash.has(hash)
  }

  /** A copy of the key, or undefined. */
  get(hash: string): ApiKey | undefined {
    const stored = this.#byHash.get(hash)
    return stored && cloneJson(this.#current(stored))
  }

  /**
   * Copies of the matching keys in listing order (newest first); `start`/`end` pick a page
   * before anything is copied, so a page costs its own size whatever the number of keys.
   */
  list(
    { includeDisabled = false, workspaceId = DEFAULT_WORKSPACE_ID }: ListKeysFilter = {},
    start = 0,
    end = Number.POSITIVE_INFINITY,
  ): ApiKey[] {
    const workspace = this.#byWorkspace.get(workspaceId.toLowerCase())
    if (!workspace) return []
    const entries = includeDisabled ? workspace.all : workspace.enabled
    const page: ApiKey[] = []
    const last = Math.max(0, entries.length - end)
    for (let index = entries.length - 1 - start; index >= last; index--) {
      page.push(cloneJson(this.#current(entries[index] as StoredKey)))
    }
    return page
  }

  /** Every stored key (any workspace, disabled too), for totals. */
  *all(): IterableIterator<ApiKey> {
    for (const stored of this.#byHash.values()) yield this.#current(stored)
  }

  /** Usage of every key the account has had, removed ones included. */
  totalUsage(): number {
    let total = this.#removedUsage
    for (const key of this.all()) total += key.usage
    return total
  }

  /**
   * Adds a key as the newest one (offset 0 of its workspace). `fields` are valid ApiKey fields
   * (checked by the caller); the ones omitted are generated, so the result is a complete key.
   */
  add(fields: Partial<ApiKey>, where = 'addKey'): ApiKey {
    const generated = this.#factory.make({
      createdAt: this.#clock.now(),
      workspaceId: DEFAULT_WORKSPACE_ID,
      allowDisabled: false,
    })
    const key: ApiKey = { ...generated, expires_at: null, ...cloneJson(fields) }
    const givesLimitInput = Object.keys(fields).some((name) => LIMIT_INPUTS.has(name))
    if (givesLimitInput && fields.limit_remaining === undefined) {
      key.limit_remaining = limitRemaining(key)
    }
    return this.insert(key, where)
  }

  /** Stores a complete key as the newest one; its hash must be new. */
  insert(key: ApiKey, where = 'addKey'): ApiKey {
    if (this.#byHash.has(key.hash)) {
      throw new TypeError(`${where}: a key with hash ${JSON.stringify(key.hash)} already exists`)
    }
    return cloneJson(this.#store(key).key)
  }

  /**
   * Changes the given fields (checked by the caller; never hash or workspace_id). When the
   * fields move what limit_remaining follows from and do not set it, it is recomputed.
   */
  update(hash: string, fields: Partial<ApiKey>, where: string): ApiKey {
    const stored = this.#find(hash, where)
    const key = this.#current(stored)
    const wasDisabled = key.disabled
    Object.assign(key, cloneJson(fields))
    const names = Object.keys(fields)
    if (names.some((name) => WINDOW_FIELDS.has(name))) stored.windowsAt = this.#clock.now()
    if (names.some((name) => LIMIT_INPUTS.has(name)) && fields.limit_remaining === undefined) {
      key.limit_remaining = limitRemaining(key)
    }
    if (key.disabled !== wasDisabled) {
      const workspace = this.#workspace(key.workspace_id)
      if (key.disabled) removeEntry(workspace.enabled, stored)
      else insertEntry(workspace.enabled, stored)
    }
    return cloneJson(key)
  }

  remove(hash: string, where: string): ApiKey {
    const stored = this.#find(hash, where)
    const key = this.#current(stored)
    this.#byHash.delete(hash)
    const workspace = this.#workspace(key.workspace_id)
    removeEntry(workspace.all, stored)
    removeEntry(workspace.enabled, stored)
    this.#removedUsage += key.usage
    return cloneJson(key)
  }

  /** Adds `usd` spent at `spentAt` (not after the clock's now) to the key's usage. */
  recordUsage(hash: string, usd: number, spentAt: number, where: string): ApiKey {
    const key = this.#current(this.#find(hash, where))
    addUsage(key, usd, spentAt, this.#clock.now())
    return cloneJson(key)
  }

  #store(key: ApiKey): StoredKey {
    const stored: StoredKey = {
      key,
      sequence: this.#nextSequence++,
      windowsAt: this.#clock.now(),
    }
    this.#byHash.set(key.hash, stored)
    const workspace = this.#workspace(key.workspace_id)
    workspace.all.push(stored)
    if (!key.disabled) workspace.enabled.push(stored)
    return stored
  }

  #workspace(workspaceId: string): WorkspaceKeys {
    const id = workspaceId.toLowerCase()
    let workspace = this.#byWorkspace.get(id)
    if (!workspace) {
      workspace = { all: [], enabled: [] }
      this.#byWorkspace.set(id, workspace)
    }
    return workspace
  }

  /** The stored key with its usage windows brought up to the clock's now. */
  #current(stored: StoredKey): ApiKey {
    const now = this.#clock.now()
    if (now > stored.windowsAt) {
      rollWindows(stored.key, stored.windowsAt, now)
      stored.windowsAt = now
    }
    return stored.key
  }

  #find(hash: string, where: string): StoredKey {
    const stored = this.#byHash.get(hash)
    if (!stored) throw new TypeError(`${where}: no key with hash ${JSON.stringify(hash)}`)
    return stored
  }
}
