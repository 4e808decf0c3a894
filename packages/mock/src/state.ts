// Everything the handlers and the state API share: keys, workspaces, recorded activity, the
// clock, the account's credits and the PRNG stream that secrets are drawn from.
import type { ActivityLog } from './activity'
import type { Clock } from './clock'
import type { KeyStore } from './key-store'
import type { Random } from './random'
import type { WorkspaceStore } from './workspace-store'

export interface MockState {
  keys: KeyStore
  workspaces: WorkspaceStore
  activity: ActivityLog
  clock: Clock
  /** `total_credits` of GET /credits. */
  credits: { total: number }
  /** Draws the secrets of keys created with POST /keys. */
  secrets: Random
  /** Keys per page of GET /keys. */
  pageSize: number
}
