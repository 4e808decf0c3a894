// 5. Type cost: `tsc --noEmit --extendedDiagnostics` on a consumer file that lists keys with our
// client, with openapi-fetch alone (+ the generated `paths`), and with @openrouter/sdk.
// Same compiler options for all (type-cost/tsconfig.base.json, skipLibCheck like most apps).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { benchDir, tscJs } from './lib/paths.mjs'
import { rotate, summarize } from './lib/stats.mjs'

const RUNS = Number(process.env.BENCH_TSC_RUNS ?? 5)

const consumers = [
  { id: 'ours', label: '@openrouter-kit/client', ours: true },
  { id: 'openapi-fetch', label: 'openapi-fetch + generated `paths`', baseline: true },
  { id: 'sdk', label: '@openrouter/sdk (class)' },
]

const metric = (output, name) => {
  const match = output.match(new RegExp(`^${name}:\\s+([\\d.]+)s?$`, 'm'))
  if (!match) throw new Error(`tsc --extendedDiagnostics printed no "${name}"`)
  return Number(match[1])
}

function runTsc(id) {
  const run = spawnSync(process.execPath, [tscJs(), '-p', '.', '--extendedDiagnostics'], {
    cwd: join(benchDir, 'type-cost', id),
    encoding: 'utf8',
  })
  if (run.status !== 0)
    throw new Error(`tsc failed on type-cost/${id}:\n${run.stdout.slice(0, 2000)}`)
  return {
    files: metric(run.stdout, 'Files'),
    types: metric(run.stdout, 'Types'),
    instantiations: metric(run.stdout, 'Instantiations'),
    checkMs: metric(run.stdout, 'Check time') * 1000,
    totalMs: metric(run.stdout, 'Total time') * 1000,
  }
}

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureTypeCost({ ready }) {
  const active = consumers.filter((c) => !c.ours || ready['@openrouter-kit/client'])
  const runs = Object.fromEntries(active.map((c) => [c.id, []]))
  for (let round = 0; round < RUNS; round++) {
    for (const consumer of rotate(active, round)) runs[consumer.id].push(runTsc(consumer.id))
  }
  const rows = active.map(({ id, label, ours }) => {
    const [first] = runs[id]
    return {
      id,
      label,
      ours: !!ours,
      files: first.files,
      types: first.types,
      instantiations: first.instantiations, // deterministic: identical in every run
      checkMs: summarize(runs[id].map((r) => r.checkMs)),
      totalMs: summarize(runs[id].map((r) => r.totalMs)),
    }
  })
  return { runs: RUNS, rows }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureTypeCost({ ready: await readiness() }), null, 2))
}
