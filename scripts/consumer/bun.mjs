// Bun: a project of its own, installed with `bun install` from the tarballs as a Bun user would,
// then the client scenario (`bun against-mock.ts`) and the user's test file (`bun test`).
//
// `bun install` resolves a tarball's dependency on another of our packages (the client's
// `@openrouter-kit/types@^0.0.0`) from the registry, not from the tarball we also list, so the
// project overrides it with the tarball: the same advice the README's "Releasing" section gives.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bunBinary, pinned } from './binaries.mjs'
import { cacheDir, copyFixture } from './project.mjs'
import { cleanEnv, run } from './runner.mjs'

/** Our packages the Bun project needs, all from tarballs (the rest comes from the registry). */
const NEEDED = ['@openrouter-kit/client', '@openrouter-kit/mock', '@openrouter-kit/types']

/** bun.lock is JSON with trailing commas. */
const readBunLock = (path) => JSON.parse(readFileSync(path, 'utf8').replace(/,(\s*[}\]])/g, '$1'))

export async function bunJob({ packed, check, projects }) {
  const dir = mkdtempSync(join(tmpdir(), 'ork-consumer-bun-'))
  projects.push(dir)
  const bun = bunBinary()
  const env = { ...cleanEnv, BUN_INSTALL_CACHE_DIR: cacheDir(`bun-${pinned.bun}`) }
  const installed = await check(`Bun ${pinned.bun}: bun install the tarballs`, async () => {
    const tarballs = Object.fromEntries(
      NEEDED.map((name) => [name, `file:${packed.get(name).tarball}`]),
    )
    const manifest = {
      name: 'ork-consumer-bun',
      private: true,
      type: 'module',
      dependencies: tarballs,
      overrides: { '@openrouter-kit/types': tarballs['@openrouter-kit/types'] },
    }
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    await run(bun, ['install', '--no-progress'], { cwd: dir, env })
    const lock = readBunLock(join(dir, 'bun.lock'))
    const ours = Object.entries(lock.packages).filter(([name]) =>
      name.startsWith('@openrouter-kit/'),
    )
    const foreign = ours.filter(([, [resolution]]) => !resolution.includes('.tgz'))
    if (foreign.length) throw new Error(`from the registry: ${foreign.map(([n]) => n).join(', ')}`)
    if (ours.length !== NEEDED.length)
      throw new Error(`expected ${NEEDED.length}, got ${ours.length}`)
    return `${dir}: ${ours.map(([name]) => name).join(', ')} from the tarballs`
  })
  if (!installed) return
  copyFixture('bun', dir)
  await check(
    `Bun ${pinned.bun}: the client lists keys, gets a typed 401, refuses bad input`,
    async () => (await run(bun, ['against-mock.ts'], { cwd: dir, env })).trim(),
  )
  await check(
    `Bun ${pinned.bun}: bun test of a user's test file that starts the mock`,
    async () => {
      // A failing test exits non-zero; the summary (" 3 pass", " 0 fail") is on stderr.
      const output = await run(bun, ['test', './keys.test.ts'], { cwd: dir, env, allOutput: true })
      const passed = /(\d+) pass/.exec(output)?.[1]
      if (!passed || passed === '0') throw new Error(`no test passed:\n${output}`)
      return `keys.test.ts: ${passed} passed`
    },
  )
}
