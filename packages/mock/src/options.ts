// The options of createMockServer and their checks: each bad value is a TypeError naming the
// option, thrown before any state exists. Faults and chaos are checked by FaultPlan itself.
import type { ApiKey } from '@openrouter-kit/types'
import { type TimeInput, toEpochMilliseconds } from './clock'
import type { ChaosOptions, Fault } from './faults'
import { describeValue, isPlainObject } from './json-value'
import { assertLatency, type LatencyMs } from './latency'
import { assertInitialKeys } from './state-checks'

export interface MockServerOptions {
  /** Explicit keys instead of generated ones; the order given is the listing order. */
  keys?: ApiKey[]
  /** How many keys to generate in the default workspace. Default 25. */
  seed?: number
  /**
   * Seeded workspaces besides the default one. Default 2: OTHER_WORKSPACE_ID ("Production") and
   * THIRD_WORKSPACE_ID ("Staging"); more get seeded ids.
   */
  workspaces?: number
  /** Keys generated in each seeded workspace besides the default one. Default 3. Not with `keys`. */
  keysPerWorkspace?: number
  /** PRNG seed for generated keys and chaos. Default 1. */
  randomSeed?: number
  /** Keys per page of `GET /keys`. Default 100. */
  pageSize?: number
  /** Accepted bearer tokens. Default `[MOCK_MANAGEMENT_KEY]`. */
  managementKeys?: string[]
  /** Scripted faults, one consumed per request (preflight OPTIONS excluded). */
  faults?: Fault[]
  /** Seeded random faults (429, 500, 502, dropped connection) at `rate`. */
  chaos?: ChaosOptions
  /** How many requests `requests` keeps (the most recent ones). Default 1,000; 0 keeps none. */
  requestLogLimit?: number
  /** Fix the mock's clock at this instant (see `setNow`). Default: the real time. */
  now?: TimeInput
  /** Added to every request: milliseconds, or `[min, max]` drawn per request (seeded). */
  latencyMs?: LatencyMs
  /** `total_credits` of GET /credits. Default: a round number above the seeded keys' usage. */
  totalCredits?: number
}

const OPTION_NAMES: ReadonlyArray<keyof MockServerOptions> = [
  'keys',
  'seed',
  'workspaces',
  'keysPerWorkspace',
  'randomSeed',
  'pageSize',
  'managementKeys',
  'faults',
  'chaos',
  'requestLogLimit',
  'now',
  'latencyMs',
  'totalCredits',
]

const WHERE = 'createMockServer'

function assertCount(value: unknown, name: string, min: number): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= min)) {
    throw new TypeError(
      `${WHERE}: ${name} must be an integer >= ${min}, got ${describeValue(value)}`,
    )
  }
}

export function assertCredits(value: unknown, where: string): asserts value is number {
  if (!(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
    throw new TypeError(`${where} must be a finite number >= 0, got ${describeValue(value)}`)
  }
}

export function assertMockServerOptions(options: unknown): asserts options is MockServerOptions {
  if (!isPlainObject(options)) {
    throw new TypeError(`${WHERE}: options must be an object, got ${describeValue(options)}`)
  }
  for (const name of Object.keys(options)) {
    if (!(OPTION_NAMES as readonly string[]).includes(name)) {
      throw new TypeError(
        `${WHERE}: unknown option "${name}" (expected one of ${OPTION_NAMES.join(', ')})`,
      )
    }
  }
  assertCount(options.seed, 'seed', 0)
  assertCount(options.pageSize, 'pageSize', 1)
  assertCount(options.requestLogLimit, 'requestLogLimit', 0)
  assertCount(options.workspaces, 'workspaces', 0)
  assertCount(options.keysPerWorkspace, 'keysPerWorkspace', 0)
  if (options.now !== undefined) toEpochMilliseconds(options.now, `${WHERE}: now`)
  if (options.latencyMs !== undefined) assertLatency(options.latencyMs, `${WHERE}: latencyMs`)
  if (options.totalCredits !== undefined)
    assertCredits(options.totalCredits, `${WHERE}: totalCredits`)
  if (options.randomSeed !== undefined && !Number.isSafeInteger(options.randomSeed)) {
    throw new TypeError(
      `${WHERE}: randomSeed must be an integer, got ${describeValue(options.randomSeed)}`,
    )
  }
  const { managementKeys } = options
  if (
    managementKeys !== undefined &&
    (!Array.isArray(managementKeys) ||
      managementKeys.length === 0 ||
      managementKeys.some((key) => typeof key !== 'string' || key.trim() === ''))
  ) {
    // The keys themselves are never printed.
    throw new TypeError(`${WHERE}: managementKeys must be a non-empty array of non-empty strings`)
  }
  if (options.keys !== undefined) {
    if (options.seed !== undefined) {
      throw new TypeError(`${WHERE}: pass either keys or seed, not both`)
    }
    if (options.keysPerWorkspace !== undefined) {
      throw new TypeError(`${WHERE}: pass either keys or keysPerWorkspace, not both`)
    }
    assertInitialKeys(options.keys, WHERE)
  }
}
