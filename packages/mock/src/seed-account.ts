// The account a mock starts with, from its options: the workspaces, the keys (explicit, or
// generated per workspace) and the credits. Generated keys come first from the PRNG for the
// default workspace, then for each other workspace in turn, so the default workspace's keys for
// a `seed` and `randomSeed` stay the same whatever the other options.
import type { ApiKey, Workspace } from '@openrouter-kit/types'
import {
  DEFAULT_EXTRA_WORKSPACES,
  DEFAULT_KEYS_PER_WORKSPACE,
  DEFAULT_SEED_COUNT,
} from './constants'
import type { MockServerOptions } from './options'
import { createRandom } from './random'
import { createKeyFactory, generateKeys } from './seed-keys'
import { seedWorkspaces } from './seed-workspaces'

/** Distinct PRNG streams per purpose, so that one never shifts another. */
export const RANDOM_STREAMS = {
  keysAddedLater: 0x9e3779b9,
  workspaces: 0x5bd1e995,
  workspacesAddedLater: 0x68e31da4,
  secrets: 0x27d4eb2f,
  latency: 0x165667b1,
} as const

/** Credits a round 100 USD above what the seeded keys have used, so the balance is positive. */
const CREDIT_HEADROOM = 100

export interface SeedAccount {
  workspaces: Workspace[]
  /** In listing order (newest first within each workspace). */
  keys: ApiKey[]
  totalCredits: number
}

export function seedAccount(options: MockServerOptions, randomSeed: number): SeedAccount {
  const workspaces = seedWorkspaces(
    options.workspaces ?? DEFAULT_EXTRA_WORKSPACES,
    createRandom(randomSeed + RANDOM_STREAMS.workspaces),
  )
  let keys: ApiKey[]
  if (options.keys !== undefined) {
    keys = options.keys
  } else {
    const random = createRandom(randomSeed)
    const factory = createKeyFactory(random)
    const [defaultWorkspace, ...others] = workspaces as [Workspace, ...Workspace[]]
    keys = generateKeys(factory, random, options.seed ?? DEFAULT_SEED_COUNT, defaultWorkspace.id)
    const perWorkspace = options.keysPerWorkspace ?? DEFAULT_KEYS_PER_WORKSPACE
    for (const workspace of others) {
      keys.push(...generateKeys(factory, random, perWorkspace, workspace.id))
    }
  }
  const usage = keys.reduce((total, key) => total + key.usage, 0)
  const totalCredits =
    options.totalCredits ?? (Math.ceil(usage / CREDIT_HEADROOM) + 1) * CREDIT_HEADROOM
  return { workspaces, keys, totalCredits }
}
