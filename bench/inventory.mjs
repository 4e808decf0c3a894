// Every key of an account with 3 workspaces × 3,000 keys, 50 ms away: `keys.inventory` with
// concurrency 8 against what a user writes without it, a sequential loop of `listAll` per workspace.

import { MOCK_KEY } from './lib/mock.mjs'
import { nowMs, summarize } from './lib/stats.mjs'
import { LATENCY_MS, PAGE_SIZE, startCountingMock } from './list-latency.mjs'

const KEYS_PER_WORKSPACE = 3_000
// Seeded workspaces besides the default one: 2 + the default = 3 workspaces.
const EXTRA_WORKSPACES = 2
const WORKSPACES = EXTRA_WORKSPACES + 1
const INVENTORY_CONCURRENCY = 8
const RUNS = Number(process.env.BENCH_LATENCY_RUNS ?? 1)

export async function measureInventory({ ready }) {
  if (!ready['@openrouter-kit/client']) return null
  const { createOpenRouterClient } = await import('@openrouter-kit/client')
  const mock = await startCountingMock({
    seed: KEYS_PER_WORKSPACE,
    workspaces: EXTRA_WORKSPACES,
    keysPerWorkspace: KEYS_PER_WORKSPACE,
    pageSize: PAGE_SIZE,
  })
  const client = createOpenRouterClient({ apiKey: MOCK_KEY, baseURL: mock.url })
  const totalKeys = KEYS_PER_WORKSPACE * WORKSPACES
  const contenders = [
    {
      id: 'sequential',
      label: '`workspaces.listAll`, then `keys.listAll` per workspace, concurrency 1',
      run: async () => {
        let count = 0
        const workspaces = await client.workspaces.listAll().toArray()
        for (const workspace of workspaces) {
          const keys = client.keys.listAll(
            { workspace_id: workspace.id, include_disabled: true },
            { concurrency: 1 },
          )
          for await (const _key of keys) count += 1
        }
        return count
      },
    },
    {
      id: 'ours',
      ours: true,
      label: `\`keys.inventory\`, concurrency ${INVENTORY_CONCURRENCY}`,
      run: async () => {
        let count = 0
        const keys = client.keys.inventory(
          { include_disabled: true },
          { concurrency: INVENTORY_CONCURRENCY },
        )
        for await (const _key of keys) count += 1
        return count
      },
    },
  ]
  try {
    const rows = []
    for (const contender of contenders) {
      const wall = []
      let requests = 0
      for (let run = 0; run < RUNS; run += 1) {
        await mock.reset()
        const started = nowMs()
        const count = await contender.run()
        wall.push(nowMs() - started)
        const counts = await mock.counts()
        requests = counts.listRequests + counts.otherRequests
        if (count !== totalKeys) {
          throw new Error(`${contender.id} listed ${count} keys, expected ${totalKeys}`)
        }
      }
      rows.push({
        id: contender.id,
        label: contender.label,
        ours: Boolean(contender.ours),
        wallMs: summarize(wall),
        requests,
      })
    }
    const pages = WORKSPACES * Math.ceil(KEYS_PER_WORKSPACE / PAGE_SIZE)
    return {
      runs: RUNS,
      latencyMs: LATENCY_MS,
      workspaces: WORKSPACES,
      keysPerWorkspace: KEYS_PER_WORKSPACE,
      concurrency: INVENTORY_CONCURRENCY,
      pages,
      rows,
    }
  } finally {
    await mock.close()
  }
}
