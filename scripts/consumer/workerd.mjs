// Cloudflare's workerd: the worker (fixtures/workerd/worker.mjs) bundled the way wrangler does
// (esbuild, conditions workerd/worker/browser, no Node built-ins), served on 127.0.0.1, with a
// network outbound that allows the loopback address (workerd's default "internet" service only
// reaches public addresses, so the mock would be unreachable).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { tool, workerdBinary } from './binaries.mjs'
import { BAD_WORKSPACE_ID } from './fixtures/shared/bad-input.mjs'
import { proxyScenario } from './fixtures/shared/proxy-scenario.mjs'
import { copyFixture, startInstalledMock } from './project.mjs'
import { run, startServer } from './runner.mjs'

/** A workerd config: one worker on 127.0.0.1 (port 0), text bindings, loopback-only outbound. */
function workerdConfig({ compatibilityDate, bindings }) {
  const text = (value) => JSON.stringify(value)
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "dist/worker.mjs")],
  compatibilityDate = ${text(compatibilityDate)},
  globalOutbound = "loopback",
  bindings = [
${Object.entries(bindings)
  .map(([name, value]) => `    (name = ${text(name)}, text = ${text(value)}),`)
  .join('\n')}
  ],
);
`
}

export async function workerdJob({ project, check }) {
  const dir = copyFixture('workerd', join(project, 'workerd'))
  const bundled = await check('workerd: esbuild bundles the worker like wrangler', async () => {
    await run(
      tool('esbuild', 'bin/esbuild'),
      [
        'worker.mjs',
        '--bundle',
        '--format=esm',
        '--platform=neutral',
        '--conditions=workerd,worker,browser',
        '--main-fields=browser,module,main',
        '--outfile=dist/worker.mjs',
        '--log-level=warning',
      ],
      { cwd: dir },
    )
    return 'dist/worker.mjs'
  })
  if (!bundled) return

  const mock = await startInstalledMock(project)
  let workerd
  try {
    const { compatibilityDate } = await import('workerd')
    writeFileSync(
      join(dir, 'config.capnp'),
      workerdConfig({
        compatibilityDate,
        bindings: {
          OPENROUTER_MANAGEMENT_KEY: mock.settings.apiKey,
          OPENROUTER_BASE_URL: mock.url,
        },
      }),
    )
    const started = await check('workerd: serves the worker on 127.0.0.1', async () => {
      // --control-fd: workerd writes {"event":"listen","port":N} there once the socket is bound.
      workerd = await startServer(workerdBinary(), ['serve', 'config.capnp', '--control-fd=3'], {
        cwd: dir,
        extraStdio: ['pipe'],
        readyOn: 3,
        ready: /"event":"listen","socket":"http","port":(\d+)/,
      })
      return `port ${workerd.match[1]}`
    })
    if (!started) return
    const origin = `http://127.0.0.1:${workerd.match[1]}`
    await check('workerd: the client lists keys, gets a typed 401, refuses bad input', async () => {
      const response = await fetch(`${origin}/client-scenario`, {
        method: 'POST',
        body: JSON.stringify(mock.settings),
      })
      if (!response.ok) throw new Error(`inside workerd: ${await response.text()}`)
      mock.assertNeverSent(BAD_WORKSPACE_ID)
      return JSON.stringify(await response.json())
    })
    await check('workerd: createKeysProxy as the worker', async () => {
      const send = (path, init) => fetch(`${origin}${path}`, init)
      const summary = await proxyScenario(send, {
        firstPage: mock.settings.firstPage,
        secondPage: mock.secondPage,
        managementKey: mock.settings.apiKey,
      })
      mock.assertNeverSent(BAD_WORKSPACE_ID)
      mock.assertOnlyGets()
      return JSON.stringify(summary)
    })
  } finally {
    await workerd?.stop()
    await mock.close()
  }
}
