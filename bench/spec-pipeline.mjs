// The spec pipeline's wall time: `spec:import` on the full vendored upstream description and
// `generate`, each in a fresh node process, against `node -e 0` in the same rounds. Both run with
// `--check`: they do all of their work (import, lint, bundle, type and operation generation) and
// compare with the committed output instead of writing it, so the bench never touches
// generated files.
import { spawnSync } from 'node:child_process'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { repoDir } from './lib/paths.mjs'
import { nowMs, rotate, summarize } from './lib/stats.mjs'

const RUNS = Number(process.env.BENCH_SPEC_RUNS ?? 3)
const UPSTREAM = join(repoDir, 'spec/upstream/openrouter.yaml')

const contenders = [
  { id: 'node', label: '`node -e 0`', args: ['-e', '0'] },
  {
    id: 'spec-import',
    label: '`node scripts/spec-import.mjs --check` (full upstream file)',
    args: [join(repoDir, 'scripts/spec-import.mjs'), '--check'],
    ours: true,
  },
  {
    id: 'generate',
    label: '`node scripts/generate.mjs --check`',
    args: [join(repoDir, 'scripts/generate.mjs'), '--check'],
    ours: true,
  },
]

export async function measureSpecPipeline() {
  const times = Object.fromEntries(contenders.map((c) => [c.id, []]))
  for (let round = 0; round < RUNS; round++) {
    for (const contender of rotate(contenders, round)) {
      const start = nowMs()
      const run = spawnSync(process.execPath, contender.args, { cwd: repoDir, stdio: 'pipe' })
      const elapsed = nowMs() - start
      if (run.status !== 0) {
        throw new Error(
          `${contender.label} exited with ${run.status}: ${String(run.stderr).slice(0, 500)}`,
        )
      }
      times[contender.id].push(elapsed)
    }
  }
  const node = summarize(times.node)
  return {
    runs: RUNS,
    upstreamBytes: statSync(UPSTREAM).size,
    rows: contenders.map(({ id, label, ours }) => {
      const stats = summarize(times[id])
      return { id, label, ours: Boolean(ours), ...stats, ratio: stats.median / node.median }
    }),
  }
}
