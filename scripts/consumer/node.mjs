// Node: the npm project (the tarballs installed with npm, as most users install them), checked
// under each Node major: every entry point from ESM and CJS, the client against the mock, the
// bins; and under the first major only, React 19 and React 18 server rendering with useApiKeys.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  binsAgainstMock,
  cjsRequires,
  clientAgainstMock,
  esmImports,
  reactServerRender,
} from './checks.mjs'
import { run } from './runner.mjs'

/**
 * npm install `specs` into `dir` (a fresh project with a package.json). Every @openrouter-kit
 * package must come from our tarballs, never from a registry.
 */
export async function installWithNpm(dir, specs, expectedOurs) {
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...specs],
    { cwd: dir },
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

const writeManifest = (dir, name) =>
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name, version: '1.0.0', private: true }, null, 2)}\n`,
  )

/** The main npm project: every tarball plus the peers and TypeScript. */
export async function npmProject({ project, packed, peers, check }) {
  writeManifest(project, 'ork-consumer')
  return check('npm install the tarballs into a fresh project', async () => {
    const specs = [
      ...[...packed.values()].map((p) => p.tarball),
      ...[...peers].map(([name, range]) => `${name}@${range}`),
    ]
    await installWithNpm(project, specs, packed.size)
    return `${packed.size} packages + ${[...peers.keys()].join(', ')}`
  })
}

/** Writes the Node programs (checks.mjs) into the project. */
export function writeNodePrograms(project, entryPoints) {
  writeFileSync(join(project, 'imports.mjs'), esmImports(entryPoints))
  writeFileSync(join(project, 'requires.cjs'), cjsRequires(entryPoints))
  writeFileSync(join(project, 'client-mock.mjs'), clientAgainstMock('esm'))
  writeFileSync(join(project, 'client-mock.cjs'), clientAgainstMock('cjs'))
  writeFileSync(join(project, 'bins.mjs'), binsAgainstMock())
  writeFileSync(join(project, 'react-ssr.mjs'), reactServerRender())
}

/** The checks under one Node binary. */
export async function nodeJob({ project, node, major, check }) {
  const exec = async (file) => (await run(node, [file], { cwd: project })).trim()
  let esmNames
  await check(`Node ${major}: import every entry point (ESM)`, async () => {
    esmNames = JSON.parse(await exec('imports.mjs'))
    return Object.entries(esmNames)
      .map(([spec, names]) => `${spec} (${names.length})`)
      .join(', ')
  })
  await check(`Node ${major}: require every entry point (CJS), same exports as ESM`, async () => {
    const cjsNames = JSON.parse(await exec('requires.cjs'))
    for (const [spec, names] of Object.entries(cjsNames)) {
      if (esmNames && JSON.stringify(esmNames[spec]) !== JSON.stringify(names)) {
        throw new Error(
          `${spec}: CJS exports ${JSON.stringify(names)}, ESM exports ${JSON.stringify(esmNames[spec])}`,
        )
      }
    }
    return `${Object.keys(cjsNames).length} entry points`
  })
  await check(`Node ${major}: client lists keys from the mock (ESM)`, () => exec('client-mock.mjs'))
  await check(`Node ${major}: client lists keys from the mock (CJS)`, () => exec('client-mock.cjs'))
  await check(`Node ${major}: openrouter-mock and ork bins`, () => exec('bins.mjs'))
}

/**
 * The react package's peer range is `^18 || ^19`: server-render with both. React 19 runs in the
 * main project; React 18 gets its own small project (in a separate temp folder, so nothing can
 * resolve from the main project's node_modules) with only what the react package needs.
 */
export async function reactJob({ project, node, major, packed, peers, check, projects }) {
  // The main project has react at the react package's devDependency range (^19.x).
  const react19 = /\d+/.exec(peers.get('react') ?? '')?.[0]
  await check(`Node ${major}: React ${react19} server render with useApiKeys`, async () =>
    (await run(node, ['react-ssr.mjs', react19], { cwd: project })).trim(),
  )

  const react18Project = mkdtempSync(join(tmpdir(), 'ork-consumer-react18-'))
  projects.push(react18Project)
  const needed = [
    '@openrouter-kit/react',
    '@openrouter-kit/client',
    '@openrouter-kit/mock',
    '@openrouter-kit/types',
  ]
  const installed = await check(
    'npm install the react, client, mock and types tarballs with React 18',
    async () => {
      const tarballs = needed.map((name) => {
        const found = packed.get(name)
        if (!found) throw new Error(`${name} was not packed`)
        return found.tarball
      })
      const reactPeers = [
        'react@18',
        'react-dom@18',
        `@tanstack/react-query@${peers.get('@tanstack/react-query') ?? '5'}`,
      ]
      writeManifest(react18Project, 'ork-consumer-react18')
      await installWithNpm(react18Project, [...tarballs, ...reactPeers], needed.length)
      return `${react18Project}: ${needed.length} packages + ${reactPeers.join(', ')}`
    },
  )
  if (!installed) return
  writeFileSync(join(react18Project, 'react-ssr.mjs'), reactServerRender())
  await check(`Node ${major}: React 18 server render with useApiKeys`, async () =>
    (await run(node, ['react-ssr.mjs', '18'], { cwd: react18Project })).trim(),
  )
}

/** The node binary for a major version: this one, or the registry's `node` package via npx. */
export async function nodeBinary(major) {
  if (process.versions.node.split('.')[0] === major) return process.execPath
  let lastError
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      // --prefer-offline: once cached, npx does not ask the registry again.
      const path = (
        await run('npx', ['-y', '--prefer-offline', `node@${major}`, '-p', 'process.execPath'], {
          cwd: tmpdir(),
        })
      ).trim()
      const version = (await run(path, ['--version'])).trim()
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
