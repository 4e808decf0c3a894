// Flag parsing for the openrouter-mock bin, with node:util parseArgs (no dependency needed for
// six flags). Returns either options or a usage error message; the bin decides how to exit.
import { parseArgs } from 'node:util'
import { DEFAULT_PAGE_SIZE, DEFAULT_SEED_COUNT } from './constants'

export const USAGE = `Usage: openrouter-mock [options]

Serves a fake OpenRouter API (GET /api/v1/keys) and prints its base URL on stdout.

Options:
  --port <n>              port to listen on (default 0: a free port)
  --host <host>           interface to bind (default 127.0.0.1)
  --seed <count>          keys to generate in the default workspace (default ${DEFAULT_SEED_COUNT})
  --random-seed <n>       PRNG seed for the generated keys (default 1)
  --page-size <n>         keys per page of GET /keys (default ${DEFAULT_PAGE_SIZE})
  --management-key <key>  accepted bearer token; repeat for several (default: the documented mock key)
  -h, --help              show this help`

export interface CliOptions {
  port: number
  host: string
  seed: number
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
  for (const result of [port, seed, randomSeed, pageSize]) {
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
      'random-seed': { type: 'string' },
      'page-size': { type: 'string' },
      'management-key': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
