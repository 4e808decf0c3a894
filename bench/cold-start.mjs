// 2. Cold start: `node -e "import('<pkg>')"` per package, `ork --version` and `ork keys list`
// against the mock, each against `node -e 0`. Runs are interleaved round robin (order rotated
// each round) so that machine drift hits every contender alike.
import { spawnSync } from 'node:child_process'
import { MOCK_KEY, startMock } from './lib/mock.mjs'
import { benchDir, orkBin } from './lib/paths.mjs'
import { nowMs, rotate, summarize } from './lib/stats.mjs'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 15)

// The plain-fetch script a user would write instead of `ork keys list`: the same offset paging
// over GET /keys, printing one line per key.
const PLAIN_FETCH_LIST = `
const headers = { Authorization: 'Bearer ' + process.env.OPENROUTER_MANAGEMENT_KEY }
const run = async () => {
  for (let offset = 0; ; ) {
    const response = await fetch(process.env.OPENROUTER_BASE_URL + '/keys?offset=' + offset, { headers })
    if (!response.ok) throw new Error('GET /keys failed with HTTP ' + response.status)
    const keys = (await response.json()).data
    for (const key of keys) console.log(key.name)
    if (keys.length === 0) return
    offset += keys.length
  }
}
run().catch((error) => { console.error(error.message); process.exit(1) })
`

/** `keys create --dry-run` is newer than some builds: ask the CLI's own help whether it has it. */
function hasCreateDryRun() {
  const help = spawnSync(process.execPath, [orkBin(), 'keys', 'create', '--help'], {
    cwd: benchDir,
    encoding: 'utf8',
  })
  return help.status === 0 && help.stdout.includes('--dry-run')
}

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
      id: 'ork-help',
      label: '`ork --help`',
      args: [orkBin(), '--help'],
      needs: '@openrouter-kit/cli',
      ours: true,
    },
    {
      id: 'ork-create-dry-run',
      label: '`ork keys create --name bench --dry-run`',
      args: [orkBin(), 'keys', 'create', '--name', 'bench', '--dry-run'],
      needs: '@openrouter-kit/cli',
      ours: true,
      mock: true,
    },
    {
      id: 'fetch-list',
      label: 'plain-fetch script listing the same keys',
      args: ['-e', PLAIN_FETCH_LIST],
      mock: true,
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
  const dryRunAvailable = ready['@openrouter-kit/cli'] && hasCreateDryRun()
  if (!dryRunAvailable) {
    contenders.splice(
      contenders.findIndex((c) => c.id === 'ork-create-dry-run'),
      1,
    )
  }

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
  const medianOf = (id) => (times[id]?.length ? summarize(times[id]).median : null)
  return {
    runs: RUNS,
    cli: cliGoals({ medianOf, node: base.median, ready, dryRunAvailable }),
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

/** The CLI goals of issue 20 as numbers; goals.mjs turns them into rows. */
function cliGoals({ medianOf, node, ready, dryRunAvailable }) {
  if (!ready['@openrouter-kit/cli']) return []
  const fetchList = medianOf('fetch-list')
  const dryRun = medianOf('ork-create-dry-run')
  return [
    {
      id: 'ork-version',
      kind: 'delta',
      value: medianOf('ork-version') - node,
      medianMs: medianOf('ork-version'),
      baselineMs: node,
    },
    {
      id: 'ork-help',
      kind: 'delta',
      value: medianOf('ork-help') - node,
      medianMs: medianOf('ork-help'),
      baselineMs: node,
    },
    {
      id: 'ork-list',
      kind: 'ratio',
      value: medianOf('ork-list') / fetchList,
      medianMs: medianOf('ork-list'),
      baselineMs: fetchList,
    },
    {
      id: 'ork-create-dry-run',
      kind: 'delta',
      available: dryRunAvailable,
      value: dryRunAvailable ? dryRun - node : null,
      medianMs: dryRun,
      baselineMs: node,
    },
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureColdStart({ ready: await readiness() }), null, 2))
}
