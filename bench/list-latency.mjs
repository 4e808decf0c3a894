// Listing 10,000 keys from a server 50 ms away: how much paging ahead (`concurrency`) buys, and
// how many requests each contender sends for the pages it needs (overlap and seam re-reads count).
// The mock runs in its own process (lib/counting-mock-server.mjs), which counts every request,
// so that its CPU time (serialising 10,000 keys) is not charged to the clients being measured.
import { OpenRouter } from '@openrouter/sdk'
import { startCountingMockProcess } from './lib/counting-mock.mjs'
import { MOCK_KEY } from './lib/mock.mjs'
import { nowMs, summarize } from './lib/stats.mjs'

export const LATENCY_MS = 50
export const TOTAL_KEYS = 10_000
export const PAGE_SIZE = 100
const RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 1)

/**
 * A listening mock, in its own process, with `latencyMs` added per request and a count of the
 * requests it answered. `sdkKeysFromSeed` serves that many generated keys with
 * `external_user: null`, because @openrouter/sdk rejects keys without it (see
 * lib/mock-server.mjs).
 */
export function startCountingMock(mockOptions, { sdkKeysFromSeed } = {}) {
  return startCountingMockProcess({ mock: mockOptions, latencyMs: LATENCY_MS, sdkKeysFromSeed })
}

function contenders(url, client) {
  const headers = { Authorization: `Bearer ${MOCK_KEY}` }
  const openRouter = new OpenRouter({ apiKey: MOCK_KEY, serverURL: url })
  const ours = (concurrency) => async () => {
    let count = 0
    for await (const _key of client.keys.listAll({ include_disabled: true }, { concurrency })) {
      count += 1
    }
    return count
  }
  return [
    {
      id: 'ours-c1',
      label: '`keys.listAll`, concurrency 1',
      ours: true,
      concurrency: 1,
      run: ours(1),
    },
    {
      id: 'ours-c4',
      label: '`keys.listAll`, concurrency 4',
      ours: true,
      concurrency: 4,
      run: ours(4),
    },
    {
      id: 'ours-c8',
      label: '`keys.listAll`, concurrency 8',
      ours: true,
      concurrency: 8,
      run: ours(8),
    },
    {
      id: 'fetch',
      label: 'plain fetch offset loop',
      concurrency: 1,
      run: async () => {
        let count = 0
        for (let offset = 0; ; ) {
          const response = await fetch(`${url}/keys?include_disabled=true&offset=${offset}`, {
            headers,
          })
          if (!response.ok) throw new Error(`GET /keys failed with HTTP ${response.status}`)
          const keys = (await response.json()).data
          count += keys.length
          if (keys.length === 0) return count
          offset += keys.length
        }
      },
    },
    {
      id: 'sdk',
      label: '@openrouter/sdk `apiKeys.list` offset loop',
      concurrency: 1,
      run: async () => {
        let count = 0
        for (let offset = 0; ; ) {
          const page = await openRouter.apiKeys.list({ includeDisabled: true, offset })
          count += page.data.length
          if (page.data.length === 0) return count
          offset += page.data.length
        }
      },
    },
  ]
}

export async function measureListLatency({ ready }) {
  const mock = await startCountingMock({ pageSize: PAGE_SIZE }, { sdkKeysFromSeed: TOTAL_KEYS })
  const pages = Math.ceil(TOTAL_KEYS / PAGE_SIZE)
  try {
    const clientReady = ready['@openrouter-kit/client']
    const client = clientReady
      ? (await import('@openrouter-kit/client')).createOpenRouterClient({
          apiKey: MOCK_KEY,
          baseURL: mock.url,
        })
      : null
    const rows = []
    for (const contender of contenders(mock.url, client)) {
      if (contender.ours && !clientReady) continue
      const wall = []
      let requests = 0
      for (let run = 0; run < RUNS; run += 1) {
        await mock.reset()
        const started = nowMs()
        const count = await contender.run()
        wall.push(nowMs() - started)
        requests = (await mock.counts()).listRequests
        if (count !== TOTAL_KEYS) {
          throw new Error(`${contender.id} listed ${count} keys, expected ${TOTAL_KEYS}`)
        }
      }
      rows.push({
        id: contender.id,
        label: contender.label,
        ours: Boolean(contender.ours),
        concurrency: contender.concurrency,
        wallMs: summarize(wall),
        requests,
        idealMs: (LATENCY_MS * pages) / contender.concurrency,
      })
    }
    return {
      runs: RUNS,
      latencyMs: LATENCY_MS,
      totalKeys: TOTAL_KEYS,
      pageSize: PAGE_SIZE,
      pages,
      rows,
    }
  } finally {
    await mock.close()
  }
}
