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

const ROUNDS = Number(process.env.BENCH_OVERHEAD_ROUNDS ?? 10)
// The GET and POST ratios are each the median of this many runs (fresh child and mock each).
const RUNS = Number(process.env.BENCH_OVERHEAD_RUNS ?? 3)
const CALLS_PER_ROUND = 100
const KEYS_PER_PAGE = 100

/** One child process against a fresh mock: µs per call for each contender, per round. */
async function runChild(mode, ids) {
  const mock = await startMock({ seed: KEYS_PER_PAGE })
  try {
    const child = spawnSync(
      process.execPath,
      [fileURLToPath(import.meta.url), mode, mock.url, ids.join(',')],
      { cwd: benchDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 300_000 },
    )
    if (child.status !== 0) throw new Error(`overhead child exited with ${child.status}`)
    return JSON.parse(child.stdout)
  } finally {
    await mock.close()
  }
}

/** Runs `mode` RUNS times; the per-round samples of all runs are pooled for the rows. */
async function runMethod(mode, method, ids) {
  const pooled = Object.fromEntries(ids.map((id) => [id, []]))
  const ratios = []
  const medians = { ours: [], fetch: [] }
  for (let run = 0; run < RUNS; run++) {
    const perRound = await runChild(mode, ids)
    for (const id of ids) pooled[id].push(...perRound[id])
    if (perRound.ours) {
      const ours = summarize(perRound.ours).median
      const fetch = summarize(perRound.fetch).median
      ratios.push(ours / fetch)
      medians.ours.push(ours)
      medians.fetch.push(fetch)
    }
  }
  const summary = ratios.length
    ? {
        method,
        runs: RUNS,
        ratio: summarize(ratios).median,
        ratios,
        oursUs: summarize(medians.ours).median,
        fetchUs: summarize(medians.fetch).median,
      }
    : null
  return { pooled, summary }
}

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureOverhead({ ready }) {
  const ids = listPrograms
    .filter((p) => !p.ours || ready['@openrouter-kit/client'])
    .map((p) => p.id)
  const get = await runMethod('--child', 'GET', ids)
  const rowsOf = (programs, pooled, used) => {
    const baseline = summarize(pooled.fetch)
    return used.map((id) => {
      const program = programs.find((p) => p.id === id)
      const stats = summarize(pooled[id])
      return {
        id,
        label: program.label,
        ours: !!program.ours,
        ...stats,
        ratio: stats.median / baseline.median,
      }
    })
  }
  const methods = [get.summary]
  let postRows = null
  if (ready['@openrouter-kit/client']) {
    const { createPrograms } = await import('./programs/creators.mjs')
    const postIds = createPrograms.map((p) => p.id)
    const post = await runMethod('--child-post', 'POST', postIds)
    methods.push(post.summary)
    postRows = rowsOf(createPrograms, post.pooled, postIds)
  }
  return {
    rounds: ROUNDS,
    runs: RUNS,
    callsPerRound: CALLS_PER_ROUND,
    keysPerPage: KEYS_PER_PAGE,
    rows: rowsOf(listPrograms, get.pooled, ids),
    postRows,
    methods: methods.filter(Boolean),
  }
}

async function listers(url, ids) {
  const calls = {}
  for (const id of ids) {
    const program = listPrograms.find((p) => p.id === id)
    const { createLister } = await import(`./programs/${program.file}`)
    const list = createLister(url, MOCK_KEY)
    calls[id] = async () => {
      const keys = await list()
      if (keys.length !== KEYS_PER_PAGE)
        throw new Error(`expected ${KEYS_PER_PAGE} keys, got ${keys.length}`)
    }
  }
  return calls
}

async function creators(url, ids) {
  const { createPrograms } = await import('./programs/creators.mjs')
  const calls = {}
  for (const id of ids) {
    const create = createPrograms.find((p) => p.id === id).createCreator(url, MOCK_KEY)
    calls[id] = async () => {
      const key = await create()
      if (typeof key?.hash !== 'string') throw new Error('the create returned no key hash')
    }
  }
  return calls
}

async function child(url, ids, makeCalls) {
  const listers = await makeCalls(url, ids)
  const block = async (call, calls) => {
    const start = nowMs()
    for (let i = 0; i < calls; i++) await call()
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

const childModes = { '--child': listers, '--child-post': creators }
if (process.argv[2] in childModes) {
  await child(process.argv[3], process.argv[4].split(','), childModes[process.argv[2]]).catch(
    (error) => {
      // Short message only: some clients attach whole response bodies to their errors.
      console.error(`overhead child failed: ${String(error?.message ?? error).slice(0, 500)}`)
      process.exit(1)
    },
  )
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureOverhead({ ready: await readiness() }), null, 2))
}
