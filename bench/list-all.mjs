// 4. Complete listing: 10,000 keys (100 pages of 100) with our listAll() against a plain-fetch
// loop doing the same paging, and the same loop on node:http as a reference for how much of the
// RSS growth belongs to Node's fetch itself. Each run is a fresh child process (--expose-gc) that warms its
// transport with one request, collects garbage, then samples RSS while it lists everything.
import { spawnSync } from 'node:child_process'
import { Agent, get } from 'node:http'
import { fileURLToPath } from 'node:url'
import { MOCK_KEY, startMock } from './lib/mock.mjs'
import { benchDir } from './lib/paths.mjs'
import { rotate, summarize } from './lib/stats.mjs'

const TOTAL_KEYS = 10_000
const PAGE_SIZE = 100
const RUNS = Number(process.env.BENCH_LIST_ALL_RUNS ?? 5)

const contenders = [
  { id: 'ours', label: '@openrouter-kit/client `listAll()`', ours: true },
  { id: 'fetch', label: 'plain fetch loop (offset paging)' },
  { id: 'http', label: 'reference: node:http loop (no fetch)' },
]

/** Size in bytes of the JSON bodies of the first two pages, as served. */
async function twoPagesBytes(url) {
  let bytes = 0
  for (const offset of [0, PAGE_SIZE]) {
    const response = await fetch(`${url}/keys?include_disabled=true&offset=${offset}`, {
      headers: { Authorization: `Bearer ${MOCK_KEY}` },
    })
    bytes += (await response.arrayBuffer()).byteLength
  }
  return bytes
}

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureListAll({ ready }) {
  const active = contenders.filter((c) => !c.ours || ready['@openrouter-kit/client'])
  const mock = await startMock({ seed: TOTAL_KEYS, pageSize: PAGE_SIZE })
  try {
    const twoPages = await twoPagesBytes(mock.url)
    const runs = Object.fromEntries(active.map((c) => [c.id, []]))
    for (let round = 0; round < RUNS; round++) {
      for (const contender of rotate(active, round)) {
        const child = spawnSync(
          process.execPath,
          ['--expose-gc', fileURLToPath(import.meta.url), '--child', contender.id, mock.url],
          {
            cwd: benchDir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'inherit'],
            timeout: 120_000,
          },
        )
        if (child.status !== 0)
          throw new Error(`list-all child ${contender.id} exited with ${child.status}`)
        runs[contender.id].push(JSON.parse(child.stdout))
      }
    }
    const rows = active.map(({ id, label, ours }) => {
      const r = runs[id]
      return {
        id,
        label,
        ours: !!ours,
        wallMs: summarize(r.map((x) => x.wallMs)),
        peakRss: summarize(r.map((x) => x.peakRss)),
        rssGrowth: summarize(r.map((x) => x.peakRss - x.rssBefore)),
        retainedHeap: summarize(r.map((x) => x.heapAfterGc - x.heapBefore)),
        keys: r[0].keys,
      }
    })
    return { totalKeys: TOTAL_KEYS, pageSize: PAGE_SIZE, runs: RUNS, twoPagesBytes: twoPages, rows }
  } finally {
    await mock.close()
  }
}

const listers = {
  async ours(url) {
    const { createOpenRouterClient } = await import('@openrouter-kit/client')
    const client = createOpenRouterClient({ apiKey: MOCK_KEY, baseURL: url })
    return {
      warmUp: () => client.keys.list({ include_disabled: true }),
      async listAll(onKey) {
        for await (const key of client.keys.listAll({ include_disabled: true })) onKey(key)
      },
    }
  },
  async fetch(url) {
    const headers = { Authorization: `Bearer ${MOCK_KEY}` }
    const page = async (offset) => {
      const response = await fetch(`${url}/keys?include_disabled=true&offset=${offset}`, {
        headers,
      })
      if (!response.ok) throw new Error(`GET /keys failed with HTTP ${response.status}`)
      return (await response.json()).data
    }
    return {
      warmUp: () => page(0),
      listAll: (onKey) => pageLoop(page, onKey),
    }
  },
  async http(url) {
    const agent = new Agent({ keepAlive: true })
    const headers = { Authorization: `Bearer ${MOCK_KEY}` }
    const page = (offset) =>
      new Promise((resolve, reject) => {
        get(
          `${url}/keys?include_disabled=true&offset=${offset}`,
          { agent, headers },
          (response) => {
            const chunks = []
            response.on('data', (chunk) => chunks.push(chunk))
            response.on('end', () => {
              if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`))
              else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')).data)
            })
          },
        ).on('error', reject)
      })
    return { warmUp: () => page(0), listAll: (onKey) => pageLoop(page, onKey) }
  },
}

async function pageLoop(page, onKey) {
  for (let offset = 0; ; ) {
    const keys = await page(offset)
    for (const key of keys) onKey(key)
    if (keys.length === 0) return
    offset += keys.length
  }
}

async function child(id, url) {
  const lister = await listers[id](url)
  await lister.warmUp() // loads the HTTP stack and opens the connection before the baseline
  globalThis.gc()
  const heapBefore = process.memoryUsage().heapUsed
  const rssBefore = process.memoryUsage.rss()
  let peakRss = rssBefore
  const sample = () => {
    const rss = process.memoryUsage.rss()
    if (rss > peakRss) peakRss = rss
  }
  const timer = setInterval(sample, 1)
  let keys = 0
  const start = performance.now()
  await lister.listAll(() => {
    if (++keys % PAGE_SIZE === 0) sample() // at least once per page, whatever the timer does
  })
  const wallMs = performance.now() - start
  clearInterval(timer)
  sample()
  globalThis.gc()
  const heapAfterGc = process.memoryUsage().heapUsed
  if (keys !== TOTAL_KEYS) throw new Error(`${id} listed ${keys} keys, expected ${TOTAL_KEYS}`)
  process.stdout.write(
    JSON.stringify({ keys, wallMs, rssBefore, peakRss, heapBefore, heapAfterGc }),
  )
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]).catch((error) => {
    console.error(`list-all child failed: ${String(error?.message ?? error).slice(0, 500)}`)
    process.exit(1)
  })
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureListAll({ ready: await readiness() }), null, 2))
}
