import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listPublishedPackages } from '../../scripts/lib/workspace.mjs'
import { repoRoot, type Scratch, scratchCopy, workspaceManifestPaths } from './scratch'

let repo: Scratch | undefined
afterEach(() => {
  repo?.remove()
  repo = undefined
})

const published = listPublishedPackages(repoRoot)
const manifestOf = (scratch: Scratch, dir: string) =>
  JSON.parse(readFileSync(scratch.path(dir, 'package.json'), 'utf8'))
const dirOf = (name: string) => {
  const pkg = published.find((p: { name: string }) => p.name === name)
  if (!pkg) throw new Error(`${name} is not a published workspace package`)
  return pkg.relativeDir as string
}
const changesetVersion = (scratch: Scratch) =>
  execFileSync(scratch.path('node_modules/.bin/changeset'), ['version'], {
    cwd: scratch.dir,
    encoding: 'utf8',
  })

/** What pnpm publishes for a `workspace:` range (pnpm replaces it when packing). */
function publishedRange(range: string, version: string) {
  if (range === 'workspace:*') return version
  if (range === 'workspace:^') return `^${version}`
  if (range === 'workspace:~') return `~${version}`
  return range.replace(/^workspace:/, '')
}

describe('release scripts', () => {
  test('version-packages refreshes the lockfile; release builds first and never runs in CI', () => {
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
    expect(scripts.changeset).toBe('changeset')
    expect(scripts['version-packages']).toBe('changeset version && pnpm install --lockfile-only')
    expect(scripts.release).toMatch(/^turbo run build .*&& changeset publish$/)
    const ci = readFileSync(join(repoRoot, '.ci/run'), 'utf8')
    expect(ci).not.toMatch(/changeset publish|pnpm release/)
  })
})

describe('changeset version on a copy of the workspace', () => {
  test('a minor change to types bumps it, patches every dependent and writes changelogs', () => {
    repo = scratchCopy(workspaceManifestPaths())
    writeFileSync(
      repo.path('.changeset/types-new-field.md'),
      "---\n'@openrouter-kit/types': minor\n---\n\nAdd the `rotated_at` field to `ApiKey`.\n",
    )
    const before = Object.fromEntries(
      published.map((pkg: { name: string; relativeDir: string }) => [
        pkg.name,
        manifestOf(repo as Scratch, pkg.relativeDir),
      ]),
    )
    changesetVersion(repo)

    const types = manifestOf(repo, dirOf('@openrouter-kit/types'))
    expect(types.version).toBe('0.1.0')
    const typesLog = readFileSync(repo.path(dirOf('@openrouter-kit/types'), 'CHANGELOG.md'), 'utf8')
    expect(typesLog).toContain('## 0.1.0\n\n### Minor Changes\n\n')
    expect(typesLog).toContain('Add the `rotated_at` field to `ApiKey`.')

    // client and mock depend on types; cli and react depend on client.
    for (const name of [
      '@openrouter-kit/client',
      '@openrouter-kit/mock',
      '@openrouter-kit/cli',
      '@openrouter-kit/react',
    ]) {
      const manifest = manifestOf(repo, dirOf(name))
      expect(manifest.version, name).toBe('0.0.1')
      const log = readFileSync(repo.path(dirOf(name), 'CHANGELOG.md'), 'utf8')
      expect(log, name).toContain('## 0.0.1\n\n### Patch Changes\n\n')

      // Every internal range, as published, requires the new versions.
      for (const [dep, range] of Object.entries<string>(manifest.dependencies ?? {})) {
        if (!dep.startsWith('@openrouter-kit/')) continue
        const depVersion = manifestOf(repo, dirOf(dep)).version
        expect(publishedRange(range, depVersion), `${name} -> ${dep}`).toBe(`^${depVersion}`)
        expect(log, name).toMatch(
          new RegExp(`^\\s*- ${dep}@${depVersion.replaceAll('.', '\\.')}$`, 'm'),
        )
      }
    }
    // Nothing else moved: private packages (example, bench, tooling) are not versioned.
    for (const pkg of published) {
      expect(manifestOf(repo, pkg.relativeDir).name).toBe(before[pkg.name].name)
    }
    expect(readdirSync(repo.path('.changeset'))).toEqual(['config.json'])
  })

  test("the repo's pending changesets parse and apply cleanly", () => {
    const pending = readdirSync(join(repoRoot, '.changeset')).filter(
      (file) => file.endsWith('.md') && file !== 'README.md',
    )
    repo = scratchCopy([...workspaceManifestPaths(), ...pending.map((f) => `.changeset/${f}`)])
    const named = new Set<string>()
    for (const file of pending) {
      const text = readFileSync(join(repoRoot, '.changeset', file), 'utf8')
      // An empty frontmatter (`pnpm changeset --empty`) is `---\n---`.
      const match = /^---\n([\s\S]*?)\n?---\n/.exec(text)
      expect(match, `${file} starts with a --- frontmatter --- block`).not.toBeNull()
      for (const name of Object.keys(parse(match?.[1] ?? '') ?? {})) named.add(name)
    }
    changesetVersion(repo)
    for (const name of named) {
      expect(manifestOf(repo, dirOf(name)).version, name).not.toBe('0.0.0')
    }
    expect(readdirSync(repo.path('.changeset'))).toEqual(['config.json'])
  })
})

describe('changeset status against a base branch', () => {
  const status = (scratch: Scratch, base?: string) =>
    spawnSync(process.execPath, ['scripts/changeset-status.mjs'], {
      cwd: scratch.dir,
      encoding: 'utf8',
      env: { ...process.env, CHANGESET_BASE: base ?? '' },
    })

  test('fails naming a changed package without a changeset, passes once one is added', () => {
    repo = scratchCopy(['scripts', ...workspaceManifestPaths()], { git: true })
    repo.git('checkout', '-q', '-b', 'feature')

    const noBase = status(repo)
    expect(noBase.status).toBe(0)
    expect(noBase.stdout).toContain('changeset status: skipped, no base ref')

    expect(status(repo, 'main').status).toBe(0)

    const clientDir = dirOf('@openrouter-kit/client')
    mkdirSync(repo.path(clientDir, 'src'), { recursive: true })
    writeFileSync(repo.path(clientDir, 'src/new-feature.ts'), 'export const feature = 1\n')
    writeFileSync(repo.path(clientDir, 'src/new-feature.test.ts'), '// tests need no release\n')
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'client: new feature')

    const missing = status(repo, 'main')
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/changeset/)

    // A changeset for another package does not cover the client.
    writeFileSync(
      repo.path('.changeset/types-docs.md'),
      "---\n'@openrouter-kit/types': patch\n---\n\nClarify a description.\n",
    )
    // `changeset status --since` sees committed changesets, as on a pushed branch.
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'types changeset')
    const wrong = status(repo, 'main')
    expect(wrong.status).toBe(1)
    expect(wrong.stderr).toContain(
      `packages changed since main without a changeset:\n  @openrouter-kit/client: ${clientDir}/src/new-feature.ts\n`,
    )

    writeFileSync(
      repo.path('.changeset/client-feature.md'),
      "---\n'@openrouter-kit/client': minor\n---\n\nA new feature.\n",
    )
    repo.git('add', '-A')
    repo.git('commit', '-q', '-m', 'client changeset')
    const covered = status(repo, 'main')
    expect(covered.stderr).toBe('')
    expect(covered.status).toBe(0)
    expect(covered.stdout).toContain('every changed package has a changeset since main')
    expect(covered.stdout).toContain('@openrouter-kit/client@0.1.0')
  })

  test('an explicit base that does not exist fails instead of skipping', () => {
    repo = scratchCopy(['scripts', ...workspaceManifestPaths()], { git: true })
    const result = status(repo, 'no-such-branch')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('cannot find the merge base of no-such-branch and HEAD')
    expect(existsSync(repo.path('.changeset/config.json'))).toBe(true)
  })
})
