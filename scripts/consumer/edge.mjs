// Vercel's edge-runtime: EdgeRuntime (edge-runtime's EdgeVM with the edge globals) evaluates a
// script bundled the way an edge build does (esbuild, conditions edge-light/worker/browser, no
// Node built-ins), then runs the client and createKeysProxy inside the VM against the mock.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EdgeRuntime } from 'edge-runtime'
import { tool } from './binaries.mjs'
import { BAD_WORKSPACE_ID } from './fixtures/shared/bad-input.mjs'
import { copyFixture, startInstalledMock } from './project.mjs'
import { run } from './runner.mjs'

export async function edgeJob({ project, check }) {
  const dir = copyFixture('edge', join(project, 'edge'))
  const bundled = await check('edge-runtime: esbuild bundles client and proxy', async () => {
    await run(
      tool('esbuild', 'bin/esbuild'),
      [
        'entry.mjs',
        '--bundle',
        '--format=iife',
        '--platform=browser',
        '--conditions=edge-light,worker,browser',
        '--outfile=dist/edge.js',
        '--log-level=warning',
      ],
      { cwd: dir },
    )
    return 'dist/edge.js'
  })
  if (!bundled) return

  const mock = await startInstalledMock(project)
  try {
    const runtime = new EdgeRuntime()
    runtime.evaluate(readFileSync(join(dir, 'dist/edge.js'), 'utf8'))
    /** Calls consumerChecks[name](settings) inside the VM; the settings cross as JSON. */
    const inVm = (name, settings) =>
      runtime.evaluate(`globalThis.consumerChecks.${name}(${JSON.stringify(settings)})`)
    await check(
      'edge-runtime: the client lists keys, gets a typed 401, refuses bad input',
      async () => {
        const summary = await inVm('clientScenario', mock.settings)
        mock.assertNeverSent(BAD_WORKSPACE_ID)
        return JSON.stringify(summary)
      },
    )
    await check('edge-runtime: createKeysProxy answers Requests in the VM', async () => {
      const summary = await inVm('proxyScenario', { ...mock.settings, secondPage: mock.secondPage })
      mock.assertNeverSent(BAD_WORKSPACE_ID)
      mock.assertOnlyGets()
      return JSON.stringify(summary)
    })
  } finally {
    await mock.close()
  }
}
