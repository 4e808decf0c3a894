// The methods a test changes and reads the mock's state with, in-process. Each checks its
// arguments first (a TypeError naming the bad one, nothing changed) and returns copies.
import type { ApiKey, Workspace } from '@openrouter-kit/types'
import { type TimeInput, toEpochMilliseconds } from './clock'
import { DEFAULT_ACTIVITY_MODEL } from './constants'
import type { ListKeysFilter } from './key-store'
import { assertCredits } from './options'
import { isoSeconds } from './seed-keys'
import type { MockState } from './state'
import {
  assertHash,
  assertListFilter,
  checkedUsage,
  definedKeyFields,
  type UsageOptions,
  updateKeyFields,
} from './state-checks'
import { definedWorkspaceFields } from './workspace-schema'

export interface MockStateApi {
  /**
   * Adds a key as the newest; omitted (or undefined) fields are generated. Each given field is
   * checked against the spec's ApiKey schema (a TypeError names a bad one); fields the spec does
   * not list are kept if they are plain JSON. A workspace_id the mock does not have yet gets a
   * workspace.
   */
  addKey(partial?: Partial<ApiKey>): ApiKey
  /** A copy of the key with this hash, or undefined. */
  getKey(hash: string): ApiKey | undefined
  /**
   * Changes the given fields (checked like addKey's; not hash or workspace_id). Sets updated_at
   * to the clock's now unless given, and recomputes limit_remaining when the limit or the usage
   * change and it is not given. Returns the key.
   */
  updateKey(hash: string, patch: Partial<ApiKey>): ApiKey
  disableKey(hash: string): void
  removeKey(hash: string): void
  /** The keys of one workspace in listing order (copies). */
  listKeys(filter?: ListKeysFilter): ApiKey[]
  /**
   * Records `usd` spent by the key: adds it to `usage` and to each usage window (day, week,
   * month, by the mock's clock) the spending falls in, recomputes limit_remaining, and adds it to
   * GET /activity (served once its day is complete). Returns the key.
   */
  recordUsage(hash: string, usd: number, options?: UsageOptions): ApiKey
  /** Fixes the clock at `time` (it stays there until set again); null goes back to the real time. */
  setNow(time: TimeInput | null): void
  /** Adds a workspace (listed last); omitted fields are generated, given ones checked against the spec. */
  addWorkspace(partial?: Partial<Workspace>): Workspace
  /** Every workspace in listing order (copies). */
  listWorkspaces(): Workspace[]
  /** `total_credits` of GET /credits. */
  setCredits(totalCredits: number): void
}

export function createStateApi(state: MockState): MockStateApi {
  const { keys, workspaces, clock } = state
  const now = () => isoSeconds(clock.now())
  const knownHash = (hash: unknown, where: string): string => {
    assertHash(hash, where)
    if (!keys.has(hash)) throw new TypeError(`${where}: no key with hash ${JSON.stringify(hash)}`)
    return hash
  }

  return {
    addKey: (partial = {}) => {
      const fields = definedKeyFields(partial, 'addKey')
      if (fields.workspace_id !== undefined) workspaces.ensure(fields.workspace_id)
      return keys.add(fields, 'addKey')
    },
    getKey: (hash) => {
      assertHash(hash, 'getKey')
      return keys.get(hash)
    },
    updateKey: (hash, patch) => {
      knownHash(hash, 'updateKey')
      const fields = updateKeyFields(patch, 'updateKey')
      return keys.update(hash, { updated_at: now(), ...fields }, 'updateKey')
    },
    disableKey: (hash) => {
      knownHash(hash, 'disableKey')
      keys.update(hash, { disabled: true, updated_at: now() }, 'disableKey')
    },
    removeKey: (hash) => {
      knownHash(hash, 'removeKey')
      keys.remove(hash, 'removeKey')
    },
    listKeys: (filter) => {
      assertListFilter(filter, 'listKeys')
      return keys.list(filter)
    },
    recordUsage: (hash, usd, options) => {
      knownHash(hash, 'recordUsage')
      const usage = checkedUsage(usd, options, clock.now(), 'recordUsage')
      const key = keys.recordUsage(hash, usage.usd, usage.spentAt, 'recordUsage')
      state.activity.record({
        spentAt: usage.spentAt,
        hash,
        workspaceId: key.workspace_id,
        userId: key.creator_user_id,
        model: usage.model ?? DEFAULT_ACTIVITY_MODEL,
        usd: usage.usd,
      })
      return key
    },
    setNow: (time) => {
      clock.set(time === null ? undefined : toEpochMilliseconds(time, 'setNow: time'))
    },
    addWorkspace: (partial = {}) =>
      workspaces.add(definedWorkspaceFields(partial, 'addWorkspace'), 'addWorkspace'),
    listWorkspaces: () => workspaces.list(),
    setCredits: (totalCredits) => {
      assertCredits(totalCredits, 'setCredits: totalCredits')
      state.credits.total = totalCredits
    },
  }
}
