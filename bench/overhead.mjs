// 3. Request overhead: 2,000 sequential one-page listings (100 keys a page) per contender from
// the mock on 127.0.0.1, interleaved in rounds of 100 calls (order rotated each round).
// The mock runs in its own process (its bin); the clients run in one fresh child process
// (this file with --child) so that nothing else the harness loaded sits in their heap.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { MOCK_KEY, startMock } from './lib/mock.mjs'
import { benchDir } from './lib/paths.mjs'
import { nowMs, rotate, summarize } from './lib/stats.mjs'
import { listPrograms } from './programs/index.mjs'

const ROUNDS = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 20)
const CALLS_PER_ROUND = 100
const KEYS_PER_PAGE = 100

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureOverhead({ ready }) {
  const ids = listPrograms
    .filter((p) => !p.ours || ready['@openrouter-kit/client'])
    .map((p) => p.id)
  const mock = await startMock({ seed: KEYS_PER_PAGE })
  try {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), '--child', mock.url, ids.join(',')],
      { cwd: benchDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 },
    )
    if (child.status !== 0) throw new Error(`overhead child exited with ${child.status}`)
    const perRound = JSON.parse(child.stdout)
    const baseline = summarize(perRound.fetch)
    return {
      rounds: ROUNDS,
      callsPerRound: CALLS_PER_ROUND,
      keysPerPage: KEYS_PER_PAGE,
      rows: ids.map((id) => {
        const program = listPrograms.find((p) => p.id === id)
        const stats = summarize(perRound[id])
        return {
          id,
          label: program.label,
          ours: !!program.ours,
          ...stats,
          ratio: stats.median / baseline.median,
        }
      }),
    }
  } finally {
    await mock.close()
  }
}

async function child(url, ids) {
  const listers = {}
  for (const id of ids) {
    const program = listPrograms.find((p) => p.id === id)
    const { createLister } = await import(`./programs/${program.file}`)
    listers[id] = createLister(url, MOCK_KEY)
  }
  const block = async (list, calls) => {
    const start = nowMs()
    for (let i = 0; i < calls; i++) {
      const keys = await list()
      if (keys.length !== KEYS_PER_PAGE)
        throw new Error(`expected ${KEYS_PER_PAGE} keys, got ${keys.length}`)
    }
    return ((nowMs() - start) * 1000) / calls // µs per call
  }
  for (const id of ids) await block(listers[id], 20) // warm-up: JIT, connection pool
  const perRound = Object.fromEntries(ids.map((id) => [id, []]))
  for (let round = 0; round < ROUNDS; round++) {
    for (const id of rotate(ids, round))
      perRound[id].push(await block(listers[id], CALLS_PER_ROUND))
  }
  process.stdout.write(JSON.stringify(perRound))
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4].split(',')).catch((error) => {
    // Short message only: some clients attach whole response bodies to their errors.
    console.error(`overhead child failed: ${String(error?.message ?? error).slice(0, 500)}`)
    process.exit(1)
  })
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureOverhead({ ready: await readiness() }), null, 2))
}
