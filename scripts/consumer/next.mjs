// Next.js: a small App Router app (fixtures/next) in a project of its own, installed with pnpm from
// the tarballs, then `next build` (Turbopack) while the mock runs: the server component lists the
// keys as the page is prerendered, the route handler is createKeysProxy, and a client component
// uses useApiKeys. The management key (random per run) must be in no file under .next/static.
// Then `next start` serves the route handler, which must proxy the mock.
//
// pnpm resolves a tarball's dependency on another of our packages (react's `@openrouter-kit/client`,
// the client's `@openrouter-kit/types`, both `^0.0.0`) from the registry, not from the tarballs we
// list, so the project overrides them (pnpm.overrides), as the README's "Releasing" section says.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { pinned } from './binaries.mjs'
import { BAD_WORKSPACE_ID } from './fixtures/shared/bad-input.mjs'
import { proxyScenario } from './fixtures/shared/proxy-scenario.mjs'
import { copyFixture, startInstalledMock } from './project.mjs'
import { cleanEnv, run, startServer } from './runner.mjs'

/** next build is the slowest step by far; on a busy 2-core machine it has taken 100 s. */
const BUILD_TIMEOUT_MS = 300_000

/** Our packages in the app: the mock is a devDependency, as in a user's project with tests. */
const OURS = ['@openrouter-kit/client', '@openrouter-kit/react', '@openrouter-kit/types']

/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
}

export async function nextJob({ packed, peers, check, projects }) {
  const dir = mkdtempSync(join(tmpdir(), 'ork-consumer-next-'))
  projects.push(dir)
  const name = `Next.js ${pinned.next}`
  const tarball = (pkg) => `file:${packed.get(pkg).tarball}`
  const installed = await check(`${name}: pnpm install the app with the tarballs`, async () => {
    copyFixture('next', dir, { shared: false })
    const manifest = {
      name: 'ork-consumer-next',
      private: true,
      dependencies: {
        ...Object.fromEntries(OURS.map((pkg) => [pkg, tarball(pkg)])),
        next: pinned.next,
        react: peers.get('react'),
        'react-dom': peers.get('react-dom'),
        '@tanstack/react-query': peers.get('@tanstack/react-query'),
      },
      devDependencies: {
        '@openrouter-kit/mock': tarball('@openrouter-kit/mock'),
        '@types/node': peers.get('@types/node'),
        '@types/react': peers.get('@types/react'),
        typescript: peers.get('typescript'),
      },
      pnpm: {
        overrides: Object.fromEntries(
          ['@openrouter-kit/client', '@openrouter-kit/types'].map((pkg) => [pkg, tarball(pkg)]),
        ),
      },
    }
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    // --prefer-offline: the workspace install has put next and React in pnpm's store already.
    await run('pnpm', ['install', '--prefer-offline', '--reporter=silent'], { cwd: dir })
    const lock = readFileSync(join(dir, 'pnpm-lock.yaml'), 'utf8')
    const fromRegistry = [...lock.matchAll(/^ {2}'?(@openrouter-kit\/[\w-]+)@(?!file:)[^\n]*$/gm)]
    if (fromRegistry.length) {
      throw new Error(
        `from the registry: ${fromRegistry.map((match) => match[0].trim()).join(', ')}`,
      )
    }
    const fromTarballs = new Set(
      [...lock.matchAll(/^ {2}'(@openrouter-kit\/[\w-]+)@file:/gm)].map((match) => match[1]),
    )
    if (fromTarballs.size !== OURS.length + 1) {
      throw new Error(`from the tarballs: only ${[...fromTarballs].join(', ')}`)
    }
    return `${dir}: ${[...fromTarballs].join(', ')} from the tarballs`
  })
  if (!installed) return

  // A key no package contains, so that finding it in the bundle can only mean a leak.
  const managementKey = `sk-or-v1-consumer-${randomUUID()}`
  const mock = await startInstalledMock(dir, { managementKey })
  const env = {
    ...cleanEnv,
    NEXT_TELEMETRY_DISABLED: '1',
    OPENROUTER_MANAGEMENT_KEY: managementKey,
    OPENROUTER_BASE_URL: mock.url,
  }
  const next = join(dir, 'node_modules/next/dist/bin/next')
  let server
  try {
    const built = await check(
      `${name}: next build (server component, route handler, useApiKeys)`,
      async () => {
        await run(process.execPath, [next, 'build'], { cwd: dir, env, timeout: BUILD_TIMEOUT_MS })
        const html = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8')
        const rendered = [...html.matchAll(/data-hash="([^"]+)"/g)].map((match) => match[1])
        if (JSON.stringify(rendered) !== JSON.stringify(mock.settings.allKeys)) {
          throw new Error(
            `the prerendered page lists ${JSON.stringify(rendered)}, not the mock's keys`,
          )
        }
        return `prerendered ${rendered.length} keys from the server component`
      },
    )
    if (!built) return
    await check(`${name}: the management key is in no file under .next/static`, () => {
      const files = filesUnder(join(dir, '.next/static'))
      const needle = Buffer.from(managementKey)
      const leaks = files.filter((file) => readFileSync(file).includes(needle))
      if (leaks.length) throw new Error(`found in ${leaks.map((f) => relative(dir, f)).join(', ')}`)
      const clientCode = files.filter((file) => file.endsWith('.js'))
      const withHook = clientCode.filter((file) =>
        readFileSync(file, 'utf8').includes('Loading keys'),
      )
      if (withHook.length === 0) throw new Error('no client bundle holds the useApiKeys component')
      return `${files.length} files, ${clientCode.length} scripts`
    })
    const started = await check(`${name}: next start on 127.0.0.1`, async () => {
      server = await startServer(process.execPath, [next, 'start', '-H', '127.0.0.1', '-p', '0'], {
        cwd: dir,
        env,
        ready: /http:\/\/127\.0\.0\.1:(\d+)/,
      })
      return `port ${server.match[1]}`
    })
    if (!started) return
    await check(`${name}: the route handler made with createKeysProxy`, async () => {
      const origin = `http://127.0.0.1:${server.match[1]}`
      const summary = await proxyScenario((path, init) => fetch(`${origin}${path}`, init), {
        firstPage: mock.settings.firstPage,
        secondPage: mock.secondPage,
        managementKey,
      })
      mock.assertNeverSent(BAD_WORKSPACE_ID)
      mock.assertOnlyGets()
      return JSON.stringify(summary)
    })
  } finally {
    await server?.stop()
    await mock.close()
  }
}
