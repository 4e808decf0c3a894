// Temporary copies of parts of the repo, so the tools under test (generate, changesets, spec-diff)
// can write freely without touching the working tree. The copy shares the repo's node_modules
// through a symlink: the scripts resolve their tools from the copy's root, as they do in the repo.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { listWorkspacePackages } from '../../scripts/lib/workspace.mjs'

export const repoRoot = resolve(import.meta.dirname, '../..')

const SKIPPED = new Set(['node_modules', 'dist', '.turbo', '.vitest', 'CHANGELOG.md'])

export interface Scratch {
  dir: string
  path(...parts: string[]): string
  git(...args: string[]): string
  remove(): void
}

/** Copy `paths` (files or folders, relative to the repo root) into a fresh temporary folder. */
export function scratchCopy(paths: string[], { git = false } = {}): Scratch {
  const dir = mkdtempSync(join(tmpdir(), 'ork-tooling-'))
  for (const path of paths) {
    const target = join(dir, path)
    mkdirSync(dirname(target), { recursive: true })
    cpSync(join(repoRoot, path), target, {
      recursive: true,
      filter: (source) => !SKIPPED.has(source.split('/').at(-1) ?? ''),
    })
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const run = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (git) {
    run('init', '-q', '-b', 'main')
    run('config', 'user.email', 'tooling@example.invalid')
    run('config', 'user.name', 'tooling test')
    run('config', 'commit.gpgsign', 'false')
    // The symlinked node_modules stays out of the history, as in the repo.
    cpSync(join(repoRoot, '.gitignore'), join(dir, '.gitignore'))
    run('add', '-A')
    run('commit', '-q', '-m', 'initial')
  }
  return {
    dir,
    path: (...parts) => join(dir, ...parts),
    git: run,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Root manifest, workspace file, changesets config and every workspace package.json. */
export function workspaceManifestPaths(): string[] {
  return [
    'package.json',
    'pnpm-workspace.yaml',
    '.changeset/config.json',
    ...listWorkspacePackages(repoRoot).map((pkg) => `${pkg.relativeDir}/package.json`),
  ]
}
