#!/usr/bin/env node
// `pnpm test:consumers` (a step of `pnpm test`, after the build): install the packages the way
// users do and use them the way users do.
//
//   1. `pnpm pack` every published package (packages/* without "private": true)
//   2. `npm install` the tarballs, their peers and TypeScript into a fresh project in the system's
//      temp folder, outside the workspace (no workspace links, no hoisted dev dependencies)
//   3. under Node 20, 22 and 24: import every entry point from ESM and require it from CJS (same
//      export names), list keys with the installed client from the installed mock, run the
//      installed `openrouter-mock` and `ork` bins
//   4. under the first Node version only (to keep time down): server-render a component using
//      `useApiKeys()` with React 19 (this project) and with React 18 (a second small project with
//      the react, client, mock and types tarballs plus react@18, react-dom@18), because the react
//      package's peer range promises both
//   5. type-check a TypeScript consumer with moduleResolution bundler and node16, strict on and off
//
// Node 22 and 24 come from the npm registry's `node` package through `npx -y node@<major>`
// (downloaded once, then cached). Options: --node 20,22,24  --keep (leave the temp project).
// Prints one line per check and a closing "consumer checks: N passed, N failed" line; writes the
// counts to .vitest/consumer-report.json so scripts/test.mjs adds them to the test total.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  binsAgainstMock,
  cjsRequires,
  clientAgainstMock,
  esmImports,
  reactServerRender,
  typescriptConsumer,
} from './consumer/checks.mjs'
import { packPackage, readTarballManifest, workspaceRanges } from './lib/pack.mjs'
import { listPublishedPackages, repoRoot } from './lib/workspace.mjs'

const args = process.argv.slice(2)
const nodeArg = args.includes('--node') ? args[args.indexOf('--node') + 1] : '20,22,24'
const majors = nodeArg.split(',').map((v) => v.trim())
const keep = args.includes('--keep')

const results = { passed: 0, failed: 0 }
/** Temporary projects, removed (or kept with --keep) by finish(). */
const projects = []
const started = Date.now()
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`

/** Run one named check; a thrown error fails it with its message. */
function check(name, fn) {
  const t = Date.now()
  try {
    const detail = fn()
    results.passed++
    console.log(`✔ ${name} (${seconds(t)})${detail ? `: ${detail}` : ''}`)
    return true
  } catch (error) {
    results.failed++
    const message = error instanceof Error ? error.message : String(error)
    console.error(`✖ ${name} (${seconds(t)})\n${message.replace(/^/gm, '    ')}`)
    return false
  }
}

// npm run from inside pnpm inherits pnpm's npm_config_* settings; the consumer is a plain npm user.
const cleanEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^(npm_config_|npm_package_|npm_lifecycle_|PNPM_|pnpm_)/i.test(key),
  ),
)

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: cleanEnv,
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  })
  if (result.error) throw new Error(`${command}: ${result.error.message}`)
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
    throw new Error(`${[command, ...commandArgs].join(' ')} exited ${result.status}\n${output}`)
  }
  return result.stdout
}

/** The node binary for a major version: this one, or the registry's `node` package via npx. */
function nodeBinary(major) {
  if (process.versions.node.split('.')[0] === major) return process.execPath
  let lastError
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      const path = run('npx', ['-y', `node@${major}`, '-p', 'process.execPath'], {
        cwd: tmpdir(),
      }).trim()
      const version = run(path, ['--version']).trim()
      if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is ${version}`)
      return path
    } catch (error) {
      lastError = error
      if (attempt === 1) console.log(`  (npx node@${major} failed, retrying once)`)
    }
  }
  throw new Error(
    `cannot get Node ${major} with \`npx -y node@${major}\` (needs the npm registry once, then ` +
      `it is cached): ${lastError instanceof Error ? lastError.message : lastError}`,
  )
}

function main() {
  const published = listPublishedPackages()
  const project = mkdtempSync(join(tmpdir(), 'ork-consumer-'))
  projects.push(project)
  const tarballDir = join(project, 'tarballs')
  mkdirSync(tarballDir)
  console.log(`consumer project: ${project}`)

  /** @type {{ name: string, tarball: string, manifest: any }[]} */
  const packed = []
  for (const pkg of published) {
    check(`pack ${pkg.name}`, () => {
      const tarball = packPackage(pkg.dir, tarballDir)
      const manifest = readTarballManifest(tarball)
      const leftovers = workspaceRanges(manifest)
      if (leftovers.length) throw new Error(`workspace: ranges left: ${leftovers.join(', ')}`)
      packed.push({ name: pkg.name, tarball, manifest })
      return tarball.split('/').at(-1)
    })
  }
  if (results.failed) return finish()

  // Peers at the versions the packages test against (their devDependencies), else the peer range.
  const extras = new Map([
    ['typescript', '5.9.3'],
    ['@types/node', '^20.19.0'],
  ])
  for (const { manifest } of packed) {
    const source = published.find((pkg) => pkg.name === manifest.name).manifest
    for (const [peer, range] of Object.entries(manifest.peerDependencies ?? {})) {
      extras.set(peer, source.devDependencies?.[peer] ?? range)
      if (peer === 'react') {
        extras.set('react-dom', source.devDependencies?.['react-dom'] ?? range)
        extras.set('@types/react', source.devDependencies?.['@types/react'] ?? '^19.0.0')
      }
    }
  }
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'ork-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
  )
  const installed = check('npm install the tarballs into a fresh project', () => {
    const specs = [...packed.map((p) => p.tarball), ...[...extras].map(([n, r]) => `${n}@${r}`)]
    installProject(project, specs, packed.length)
    return `${packed.length} packages + ${[...extras.keys()].join(', ')}`
  })
  if (!installed) return finish()

  const entryPoints = packed.map(({ name, manifest }) => ({
    name,
    subpaths: Object.keys(manifest.exports ?? { '.': null }).filter((s) => s !== './package.json'),
  }))
  writeFileSync(join(project, 'imports.mjs'), esmImports(entryPoints))
  writeFileSync(join(project, 'requires.cjs'), cjsRequires(entryPoints))
  writeFileSync(join(project, 'client-mock.mjs'), clientAgainstMock('esm'))
  writeFileSync(join(project, 'client-mock.cjs'), clientAgainstMock('cjs'))
  writeFileSync(join(project, 'bins.mjs'), binsAgainstMock())
  writeFileSync(join(project, 'react-ssr.mjs'), reactServerRender())

  for (const major of majors) {
    let node
    if (!check(`Node ${major}: runtime available`, () => (node = nodeBinary(major)))) continue
    const exec = (file) => run(node, [file], { cwd: project }).trim()
    let esmNames
    check(`Node ${major}: import every entry point (ESM)`, () => {
      esmNames = JSON.parse(exec('imports.mjs'))
      return Object.entries(esmNames)
        .map(([spec, names]) => `${spec} (${names.length})`)
        .join(', ')
    })
    check(`Node ${major}: require every entry point (CJS), same exports as ESM`, () => {
      const cjsNames = JSON.parse(exec('requires.cjs'))
      for (const [spec, names] of Object.entries(cjsNames)) {
        if (esmNames && JSON.stringify(esmNames[spec]) !== JSON.stringify(names)) {
          throw new Error(
            `${spec}: CJS exports ${JSON.stringify(names)}, ESM exports ${JSON.stringify(esmNames[spec])}`,
          )
        }
      }
      return `${Object.keys(cjsNames).length} entry points`
    })
    check(`Node ${major}: client lists keys from the mock (ESM)`, () => exec('client-mock.mjs'))
    check(`Node ${major}: client lists keys from the mock (CJS)`, () => exec('client-mock.cjs'))
    check(`Node ${major}: openrouter-mock and ork bins`, () => exec('bins.mjs'))
    if (major === majors[0]) reactChecks(major, node, project, packed, extras)
  }

  // TypeScript: bundler reads consumer.ts; node16 reads the same code as ESM (.mts) and CJS (.cts).
  const source = typescriptConsumer(entryPoints)
  writeFileSync(join(project, 'consumer.ts'), source)
  writeFileSync(join(project, 'consumer.mts'), source)
  writeFileSync(
    join(project, 'consumer.cts'),
    source.replace('export const hook', 'export const hookCjs'),
  )
  const tsc = join(project, 'node_modules/typescript/bin/tsc')
  for (const resolution of ['bundler', 'node16']) {
    for (const strict of [true, false]) {
      const name = `tsconfig.${resolution}.${strict ? 'strict' : 'loose'}.json`
      const compilerOptions = {
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        module: resolution === 'bundler' ? 'esnext' : 'node16',
        moduleResolution: resolution,
        strict,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      }
      const files = resolution === 'bundler' ? ['consumer.ts'] : ['consumer.mts', 'consumer.cts']
      writeFileSync(join(project, name), JSON.stringify({ compilerOptions, files }, null, 2))
      check(`tsc moduleResolution ${resolution}, strict ${strict ? 'on' : 'off'}`, () => {
        run(process.execPath, [tsc, '-p', name], { cwd: project })
        return files.join(' + ')
      })
    }
  }
  return finish()
}

/**
 * npm install `specs` into `dir` (a fresh project). Every @openrouter-kit package must come from our
 * tarballs, never from a registry.
 */
function installProject(dir, specs, expectedOurs) {
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs],
    {
      cwd: dir,
    },
  )
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'))
  const ours = Object.entries(lock.packages).filter(([path]) =>
    path.includes('node_modules/@openrouter-kit/'),
  )
  const foreign = ours.filter(([, entry]) => !String(entry.resolved ?? '').startsWith('file:'))
  if (foreign.length) {
    throw new Error(`not installed from the tarballs: ${foreign.map(([p]) => p).join(', ')}`)
  }
  if (ours.length !== expectedOurs) {
    throw new Error(`expected ${expectedOurs} @openrouter-kit packages, found ${ours.length}`)
  }
}

/**
 * The react package's peer range is `^18 || ^19`: server-render with both. React 19 runs in the
 * main project; React 18 gets its own small project (in a separate temp folder, so nothing can
 * resolve from the main project's node_modules) with only what the react package needs.
 */
function reactChecks(major, node, project, packed, extras) {
  // The main project has react at the react package's devDependency range (^19.x).
  const react19 = /\d+/.exec(extras.get('react') ?? '')?.[0]
  check(`Node ${major}: React ${react19} server render with useApiKeys`, () =>
    run(node, ['react-ssr.mjs', react19], { cwd: project }).trim(),
  )

  const react18Project = mkdtempSync(join(tmpdir(), 'ork-consumer-react18-'))
  projects.push(react18Project)
  const needed = [
    '@openrouter-kit/react',
    '@openrouter-kit/client',
    '@openrouter-kit/mock',
    '@openrouter-kit/types',
  ]
  const installed = check(
    'npm install the react, client, mock and types tarballs with React 18',
    () => {
      const tarballs = needed.map((name) => {
        const found = packed.find((p) => p.name === name)
        if (!found) throw new Error(`${name} was not packed`)
        return found.tarball
      })
      const peers = [
        'react@18',
        'react-dom@18',
        `@tanstack/react-query@${extras.get('@tanstack/react-query') ?? '5'}`,
      ]
      writeFileSync(
        join(react18Project, 'package.json'),
        `${JSON.stringify({ name: 'ork-consumer-react18', version: '1.0.0', private: true }, null, 2)}\n`,
      )
      installProject(react18Project, [...tarballs, ...peers], needed.length)
      return `${react18Project}: ${needed.length} packages + ${peers.join(', ')}`
    },
  )
  if (!installed) return
  writeFileSync(join(react18Project, 'react-ssr.mjs'), reactServerRender())
  check(`Node ${major}: React 18 server render with useApiKeys`, () =>
    run(node, ['react-ssr.mjs', '18'], { cwd: react18Project }).trim(),
  )
}

function finish() {
  for (const project of projects) {
    if (keep) console.log(`kept ${project}`)
    else rmSync(project, { recursive: true, force: true })
  }
  mkdirSync(join(repoRoot, '.vitest'), { recursive: true })
  writeFileSync(
    join(repoRoot, '.vitest/consumer-report.json'),
    JSON.stringify({ numPassedTests: results.passed, numFailedTests: results.failed }),
  )
  console.log(
    `consumer checks: ${results.passed} passed, ${results.failed} failed (${seconds(started)})`,
  )
  process.exit(results.failed === 0 ? 0 : 1)
}

try {
  main()
} catch (error) {
  console.error(error)
  process.exit(1)
}
