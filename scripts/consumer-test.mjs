#!/usr/bin/env node
// `pnpm test:consumers` (a step of `pnpm test`, after the build): install the packages the way
// users do and use them the way users do, in every runtime the READMEs promise.
//
//   1. `pnpm pack` every published package (packages/* without "private": true)
//   2. install the tarballs into fresh projects in the system's temp folder, outside the workspace
//      (no workspace links, no hoisted dev dependencies): with npm (the main project), with
//      `bun install` (Bun) and with pnpm (Next.js). Bun and pnpm need overrides for our packages'
//      dependencies on each other, see scripts/consumer/bun.mjs and next.mjs
//   3. Node 20, 22 and 24 (scripts/consumer/node.mjs): import every entry point from ESM and
//      require it from CJS, list keys from the mock, run the `openrouter-mock` and `ork` bins;
//      under the first version only, server-render `useApiKeys()` with React 19 and React 18
//   4. in every other runtime, the same client scenario (fixtures/shared/client-scenario.mjs:
//      list keys from the mock, a typed 401, bad input refused before any request): Bun and
//      `bun test`; Deno, `deno test` and `deno check`; workerd with createKeysProxy as the worker;
//      edge-runtime with the client and the proxy; Chromium with a Vite and an esbuild bundle, on
//      a page and in a module Web Worker; Next.js `next build` (no key under .next/static) and
//      `next start` with a createKeysProxy route handler
//   5. type-check a TypeScript consumer: TypeScript 5.9 with moduleResolution bundler and node16,
//      strict on and off; 5.4 (the floor) and 5.0 with skipLibCheck; the native preview (tsgo)
//
// The runtimes, bundlers and compilers are pinned in scripts/consumer/package.json (a private
// workspace package); Node 22 and 24 come from the npm registry's `node` package through
// `npx -y node@<major>` (downloaded once, then cached). Independent checks run two at a time (this
// is sized for 2 cores). Servers listen on 127.0.0.1 with random ports.
// Options: --node 20,22,24  --only node,bun,deno,workerd,edge,browser,next,typescript  --keep
// (leave the temp projects). Prints one line per check and a closing "consumer checks: N passed,
// N failed" line; writes the counts to .vitest/consumer-report.json so scripts/test.mjs adds them
// to the test total.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pinned } from './consumer/binaries.mjs'
import { browserJob } from './consumer/browser.mjs'
import { bunJob } from './consumer/bun.mjs'
import { denoJob } from './consumer/deno.mjs'
import { edgeJob } from './consumer/edge.mjs'
import { nextJob } from './consumer/next.mjs'
import { nodeBinary, nodeJob, npmProject, reactJob, writeNodePrograms } from './consumer/node.mjs'
import { createReport, pLimit } from './consumer/runner.mjs'
import { typescriptTasks } from './consumer/typescript.mjs'
import { workerdJob } from './consumer/workerd.mjs'
import { packPackage, readTarballManifest, workspaceRanges } from './lib/pack.mjs'
import { listPublishedPackages, repoRoot } from './lib/workspace.mjs'

/** Checks at once: the machine this is sized for has 2 cores. */
const CONCURRENCY = 2
const RUNTIMES = ['node', 'bun', 'deno', 'workerd', 'edge', 'browser', 'next', 'typescript']
/** The pinned tools whose versions the run prints first (scripts/consumer/package.json). */
const PRINTED_TOOLS = [
  'bun',
  'deno',
  'workerd',
  'edge-runtime',
  'next',
  'vite',
  'esbuild',
  'playwright-core',
  'typescript-5.4',
  'typescript-5.0',
  '@typescript/native-preview',
]

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const majors = option('--node', '20,22,24')
  .split(',')
  .map((v) => v.trim())
const only = new Set(option('--only', RUNTIMES.join(',')).split(','))
const keep = args.includes('--keep')

const report = createReport()
const { check } = report
/** Temporary projects, removed (or kept with --keep) by finish(). */
const projects = []
const limit = pLimit(CONCURRENCY)

/**
 * Queues `job` (an async function running checks); an error it throws outside a check (a server
 * that would not start, say) fails one check named `name` instead of stopping the others.
 */
function queue(name, job) {
  return limit(() => job().catch((error) => check(name, () => Promise.reject(error))))
}

/** Peers at the versions the packages test against (their devDependencies), else the range. */
function peerVersions(published, packed) {
  const peers = new Map([
    ['typescript', '5.9.3'],
    ['@types/node', '^20.19.0'],
  ])
  for (const { manifest } of packed.values()) {
    const source = published.find((pkg) => pkg.name === manifest.name).manifest
    for (const [peer, range] of Object.entries(manifest.peerDependencies ?? {})) {
      peers.set(peer, source.devDependencies?.[peer] ?? range)
      if (peer === 'react') {
        peers.set('react-dom', source.devDependencies?.['react-dom'] ?? range)
        peers.set('@types/react', source.devDependencies?.['@types/react'] ?? '^19.0.0')
      }
    }
  }
  return peers
}

async function main() {
  const published = listPublishedPackages()
  const project = mkdtempSync(join(tmpdir(), 'ork-consumer-'))
  projects.push(project)
  const tarballDir = join(project, 'tarballs')
  mkdirSync(tarballDir)
  console.log(`consumer project: ${project}`)
  console.log(`pinned: ${PRINTED_TOOLS.map((name) => `${name} ${pinned[name]}`).join(', ')}`)

  /** @type {Map<string, { tarball: string, manifest: any }>} */
  const packed = new Map()
  for (const pkg of published) {
    await check(`pack ${pkg.name}`, () => {
      const tarball = packPackage(pkg.dir, tarballDir)
      const manifest = readTarballManifest(tarball)
      const leftovers = workspaceRanges(manifest)
      if (leftovers.length) throw new Error(`workspace: ranges left: ${leftovers.join(', ')}`)
      packed.set(pkg.name, { tarball, manifest })
      return tarball.split('/').at(-1)
    })
  }
  if (report.results.failed) return
  const peers = peerVersions(published, packed)
  const context = { project, packed, peers, check, projects }

  // Queued in this order, longest first: Next.js and the npm install, then Bun (both need only
  // the tarballs); everything else waits for the npm project.
  const jobs = []
  if (only.has('next')) jobs.push(queue('Next.js', () => nextJob(context)))
  const needsNpmProject = RUNTIMES.filter((name) => !['bun', 'next'].includes(name))
  const installed = needsNpmProject.some((name) => only.has(name))
    ? queue('npm project', () => npmProject(context))
    : Promise.resolve(false)
  if (only.has('bun')) jobs.push(queue('Bun', () => bunJob(context)))
  jobs.push(installed.then((ok) => (ok ? afterNpmInstall(context) : undefined)))
  await Promise.all(jobs)
}

/** Everything that runs in the npm project, queued once it is installed. */
function afterNpmInstall(context) {
  const { project, packed } = context
  const entryPoints = [...packed].map(([name, { manifest }]) => ({
    name,
    subpaths: Object.keys(manifest.exports ?? { '.': null }).filter((s) => s !== './package.json'),
  }))
  const jobs = []
  if (only.has('typescript')) {
    jobs.push(...typescriptTasks({ project, entryPoints, check }).map((task) => queue('tsc', task)))
  }
  if (only.has('node')) {
    writeNodePrograms(project, entryPoints)
    for (const major of majors) {
      jobs.push(
        queue(`Node ${major}`, async () => {
          let node
          const found = await check(`Node ${major}: runtime available`, async () => {
            node = await nodeBinary(major)
            return node
          })
          if (!found) return
          await nodeJob({ ...context, node, major })
          if (major === majors[0]) await reactJob({ ...context, node, major })
        }),
      )
    }
  }
  const runtimes = { deno: denoJob, workerd: workerdJob, edge: edgeJob, browser: browserJob }
  for (const [name, job] of Object.entries(runtimes)) {
    if (only.has(name)) jobs.push(queue(name, () => job(context)))
  }
  return Promise.all(jobs)
}

function finish() {
  for (const project of projects) {
    if (keep) console.log(`kept ${project}`)
    else rmSync(project, { recursive: true, force: true })
  }
  mkdirSync(join(repoRoot, '.vitest'), { recursive: true })
  const { passed, failed } = report.results
  writeFileSync(
    join(repoRoot, '.vitest/consumer-report.json'),
    JSON.stringify({ numPassedTests: passed, numFailedTests: failed }),
  )
  console.log(`consumer checks: ${passed} passed, ${failed} failed (${report.elapsed()})`)
  process.exit(failed === 0 ? 0 : 1)
}

main().then(finish, (error) => {
  console.error(error)
  report.results.failed++
  finish()
})
