// `pnpm bench`: runs every measurement in turn and writes results.json and results.md.
// `node run.mjs size overhead` runs only those and keeps the other sections of results.json.
// Never part of `pnpm test`: timings need a quiet machine, tests must not depend on speed.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, release } from 'node:os'
import { join } from 'node:path'
import { measureColdStart } from './cold-start.mjs'
import { measureInventory } from './inventory.mjs'
import { benchDir, repoDir } from './lib/paths.mjs'
import { readiness } from './lib/readiness.mjs'
import { nowMs } from './lib/stats.mjs'
import { measureListAll } from './list-all.mjs'
import { measureListLatency } from './list-latency.mjs'
import { measureOverhead } from './overhead.mjs'
import { renderMarkdown } from './report.mjs'
import { measureSize } from './size.mjs'
import { measureSpecPipeline } from './spec-pipeline.mjs'
import { measureSurfaceSize } from './surface-size.mjs'
import { measureTypeCost } from './type-cost.mjs'

const measurements = {
  size: measureSize,
  coldStart: measureColdStart,
  overhead: measureOverhead,
  listAll: measureListAll,
  typeCost: measureTypeCost,
  listLatency: measureListLatency,
  inventory: measureInventory,
  surfaceSize: measureSurfaceSize,
  specPipeline: measureSpecPipeline,
}

const names = process.argv.slice(2)
for (const name of names) {
  if (!(name in measurements)) {
    console.error(
      `Unknown measurement "${name}"; expected one of: ${Object.keys(measurements).join(', ')}`,
    )
    process.exit(2)
  }
}
const selected = names.length ? names : Object.keys(measurements)

const resultsPath = join(benchDir, 'results.json')
const previous =
  names.length && existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : {}

const ready = await readiness()
const missing = Object.entries(ready)
  .filter(([, ok]) => !ok)
  .map(([name]) => name)
if (missing.length) {
  console.error(`bench: not built, their rows are skipped: ${missing.join(', ')}`)
  console.error(
    'bench: build first with `pnpm exec turbo run build --filter=@openrouter-kit/bench...`',
  )
}

const started = nowMs()
const loadBefore = loadavg()[0]
const results = { ...previous }
for (const name of selected) {
  const t = nowMs()
  process.stderr.write(`bench: ${name}…`)
  results[name] = await measurements[name]({ ready })
  process.stderr.write(` ${((nowMs() - t) / 1000).toFixed(1)} s\n`)
}

const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: repoDir, encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}
results.environment = {
  date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  commit: git('rev-parse', '--short', 'HEAD'),
  node: process.versions.node,
  cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
  cpus: cpus().length,
  os: `${platform()} ${release()}`,
  totalSeconds: (nowMs() - started) / 1000,
  sections: selected,
  // The 1-minute load average before and after: a busy machine widens every min–max.
  loadAverage: [loadBefore, loadavg()[0]].map((x) => Math.round(x * 100) / 100),
  ready,
}

writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(join(benchDir, 'results.md'), renderMarkdown(results))
try {
  // The repo's formatter owns markdown layout too; keep the generated file `biome check` clean.
  execFileSync(
    join(repoDir, 'node_modules/.bin/biome'),
    ['format', '--write', 'bench/results.md'],
    {
      cwd: repoDir,
      stdio: 'ignore',
    },
  )
} catch {
  console.error('bench: could not run biome format on results.md')
}
console.log(
  `bench: wrote bench/results.json and bench/results.md in ${((nowMs() - started) / 1000).toFixed(0)} s`,
)
