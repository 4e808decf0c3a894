// Flag parsing for the openrouter-mock bin, with node:util parseArgs (no dependency needed for
// nine flags). Returns either options or a usage error message; the bin decides how to exit.
import { parseArgs } from 'node:util'
import {
  DEFAULT_EXTRA_WORKSPACES,
  DEFAULT_KEYS_PER_WORKSPACE,
  DEFAULT_PAGE_SIZE,
  DEFAULT_SEED_COUNT,
} from './constants'
import { MAX_DELAY_MS } from './fault-checks'
import type { LatencyMs } from './latency'

export const USAGE = `Usage: openrouter-mock [options]

Serves a fake OpenRouter key-management API (/api/v1: keys, key, workspaces, credits,
activity) and prints its base URL on stdout.

Options:
  --port <n>                port to listen on (default 0: a free port)
  --host <host>             interface to bind (default 127.0.0.1)
  --seed <count>            keys to generate in the default workspace (default ${DEFAULT_SEED_COUNT})
  --workspaces <n>          seeded workspaces besides the default one (default ${DEFAULT_EXTRA_WORKSPACES})
  --keys-per-workspace <n>  keys to generate in each of them (default ${DEFAULT_KEYS_PER_WORKSPACE})
  --latency <ms|min-max>    delay added to every request, fixed or drawn from a range (default 0)
  --random-seed <n>         PRNG seed for the generated keys, secrets and latency (default 1)
  --page-size <n>           keys per page of GET /keys (default ${DEFAULT_PAGE_SIZE})
  --management-key <key>    accepted bearer token; repeat for several (default: the documented mock key)
  -h, --help                show this help`

export interface CliOptions {
  port: number
  host: string
  seed: number
  workspaces: number
  keysPerWorkspace: number
  /** Undefined: no added latency. */
  latencyMs: LatencyMs | undefined
  randomSeed: number
  pageSize: number
  managementKeys: string[] | undefined
  help: boolean
}

export type CliParse = { ok: true; options: CliOptions } | { ok: false; error: string }

function integer(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | string {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `${min}-${max}`
    return `--${flag} expects an integer ${range}, got ${JSON.stringify(text)}`
  }
  return value
}

const LATENCY_RANGE = /^(\d+)-(\d+)$/
const LATENCY_FIXED = /^\d+$/

/** `50` or `20-80` (milliseconds), or a message saying what is wrong. */
function latency(text: string | undefined): LatencyMs | undefined | string {
  if (text === undefined) return undefined
  const problem = `--latency expects milliseconds (0-${MAX_DELAY_MS}) or a range min-max with min <= max, got ${JSON.stringify(text)}`
  const range = LATENCY_RANGE.exec(text)
  if (range) {
    const min = Number(range[1])
    const max = Number(range[2])
    return min <= max && max <= MAX_DELAY_MS ? [min, max] : problem
  }
  if (LATENCY_FIXED.test(text) && Number(text) <= MAX_DELAY_MS) return Number(text)
  return problem
}

export function parseCliArgs(argv: string[]): CliParse {
  let values: ReturnType<typeof parse>['values']
  try {
    values = parse(argv).values
  } catch (error) {
    return { ok: false, error: (error as Error).message }
  }
  const port = integer('port', values.port, 0, 0, 65535)
  const seed = integer('seed', values.seed, DEFAULT_SEED_COUNT, 0)
  const randomSeed = integer('random-seed', values['random-seed'], 1, 0, 2 ** 32 - 1)
  const pageSize = integer('page-size', values['page-size'], DEFAULT_PAGE_SIZE, 1)
  const workspaces = integer('workspaces', values.workspaces, DEFAULT_EXTRA_WORKSPACES, 0)
  const keysPerWorkspace = integer(
    'keys-per-workspace',
    values['keys-per-workspace'],
    DEFAULT_KEYS_PER_WORKSPACE,
    0,
  )
  const latencyMs = latency(values.latency)
  for (const result of [
    port,
    seed,
    randomSeed,
    pageSize,
    workspaces,
    keysPerWorkspace,
    latencyMs,
  ]) {
    if (typeof result === 'string') return { ok: false, error: result }
  }
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') return { ok: false, error: '--host expects a host name or address' }
  const managementKeys = values['management-key']
  if (managementKeys?.some((key) => key.trim() === '')) {
    return { ok: false, error: '--management-key expects a non-empty key' }
  }
  return {
    ok: true,
    options: {
      port: port as number,
      host,
      seed: seed as number,
      workspaces: workspaces as number,
      keysPerWorkspace: keysPerWorkspace as number,
      latencyMs: latencyMs as LatencyMs | undefined,
      randomSeed: randomSeed as number,
      pageSize: pageSize as number,
      managementKeys,
      help: values.help ?? false,
    },
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      workspaces: { type: 'string' },
      'keys-per-workspace': { type: 'string' },
      latency: { type: 'string' },
      'random-seed': { type: 'string' },
      'page-size': { type: 'string' },
      'management-key': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
