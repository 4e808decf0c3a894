// Everything the handlers and the state API share: keys, workspaces, recorded activity, the
// clock, the account's credits and the PRNG stream that secrets are drawn from; and how a mock's
// options make them.
import { ActivityLog } from './activity'
import { Clock, toEpochMilliseconds } from './clock'
import { DEFAULT_PAGE_SIZE } from './constants'
import { KeyStore } from './key-store'
import type { MockServerOptions } from './options'
import { createRandom, type Random } from './random'
import { RANDOM_STREAMS, seedAccount } from './seed-account'
import { WorkspaceStore } from './workspace-store'

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

/** The state a mock starts with; `options` are already checked. */
export function createState(options: MockServerOptions, randomSeed: number): MockState {
  const clock = new Clock(
    options.now === undefined ? undefined : toEpochMilliseconds(options.now, 'now'),
  )
  const account = seedAccount(options, randomSeed)
  const workspaces = new WorkspaceStore(
    account.workspaces,
    createRandom(randomSeed + RANDOM_STREAMS.workspacesAddedLater),
    clock,
  )
  // Explicit keys may name workspaces the seeds do not have.
  for (const key of account.keys) workspaces.ensure(key.workspace_id)
  return {
    // A separate stream for keys added later, so addKey never shifts the seeded listing.
    keys: new KeyStore(
      account.keys,
      createRandom(randomSeed + RANDOM_STREAMS.keysAddedLater),
      clock,
    ),
    workspaces,
    activity: new ActivityLog(),
    clock,
    credits: { total: account.totalCredits },
    secrets: createRandom(randomSeed + RANDOM_STREAMS.secrets),
    pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
  }
}
