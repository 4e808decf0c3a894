// 2. Cold start: `node -e "import('<pkg>')"` per package, `ork --version` and `ork keys list`
// against the mock, each against `node -e 0`. Runs are interleaved round robin (order rotated
// each round) so that machine drift hits every contender alike.
import { spawnSync } from 'node:child_process'
import { MOCK_KEY, startMock } from './lib/mock.mjs'
import { benchDir, orkBin } from './lib/paths.mjs'
import { nowMs, rotate, summarize } from './lib/stats.mjs'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15)

const importOf = (...specifiers) => [
  '-e',
  `Promise.all([${specifiers.map((s) => `import('${s}')`).join(', ')}]).catch((e) => { console.error(e); process.exit(1) })`,
]

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureColdStart({ ready }) {
  const contenders = [
    { id: 'node', label: '`node -e 0`', args: ['-e', '0'], baseline: true },
    {
      id: 'ours',
      label: "import('@openrouter-kit/client')",
      args: importOf('@openrouter-kit/client'),
      needs: '@openrouter-kit/client',
      ours: true,
      target: true,
    },
    { id: 'openapi-fetch', label: "import('openapi-fetch')", args: importOf('openapi-fetch') },
    { id: 'sdk-class', label: "import('@openrouter/sdk')", args: importOf('@openrouter/sdk') },
    {
      id: 'sdk-function',
      label: "import('@openrouter/sdk/core.js' + 'funcs/apiKeysList.js')",
      args: importOf('@openrouter/sdk/core.js', '@openrouter/sdk/funcs/apiKeysList.js'),
    },
    {
      id: 'react-peers',
      label: "import('react') + import('@tanstack/react-query') (the hooks' peers)",
      args: importOf('react', '@tanstack/react-query'),
    },
    {
      id: 'react',
      label: "import('@openrouter-kit/react')",
      args: importOf('@openrouter-kit/react'),
      needs: '@openrouter-kit/react',
      ours: true,
    },
    {
      id: 'ork-version',
      label: '`ork --version`',
      args: [orkBin(), '--version'],
      needs: '@openrouter-kit/cli',
      ours: true,
    },
    {
      id: 'ork-list',
      label: '`ork keys list` (mock, 100 keys)',
      args: [orkBin(), 'keys', 'list'],
      needs: '@openrouter-kit/cli',
      ours: true,
      mock: true,
    },
  ].filter((c) => !c.needs || ready[c.needs])

  const mock = contenders.some((c) => c.mock) ? await startMock({ seed: 100 }) : null
  const env = {
    ...process.env,
    OPENROUTER_MANAGEMENT_KEY: MOCK_KEY,
    OPENROUTER_BASE_URL: mock?.url,
    NO_COLOR: '1',
  }
  const times = Object.fromEntries(contenders.map((c) => [c.id, []]))
  try {
    // Round 0 warms the file cache and is discarded.
    for (let round = 0; round <= RUNS; round++) {
      for (const contender of rotate(contenders, round)) {
        const start = nowMs()
        const run = spawnSync(process.execPath, contender.args, {
          cwd: benchDir,
          env,
          stdio: ['ignore', 'ignore', 'pipe'],
        })
        const elapsed = nowMs() - start
        if (run.status !== 0) {
          throw new Error(
            `${contender.label} exited with ${run.status}: ${run.stderr.toString().slice(0, 500)}`,
          )
        }
        if (round > 0) times[contender.id].push(elapsed)
      }
    }
  } finally {
    await mock?.close()
  }
  const base = summarize(times.node)
  return {
    runs: RUNS,
    rows: contenders.map(({ id, label, ours, target }) => {
      const stats = summarize(times[id])
      return {
        id,
        label,
        ours: !!ours,
        target: !!target,
        ...stats,
        delta: stats.median - base.median,
        ratio: stats.median / base.median,
      }
    }),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureColdStart({ ready: await readiness() }), null, 2))
}
