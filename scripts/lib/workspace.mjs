// The workspace as the release tooling sees it: every package listed by pnpm-workspace.yaml, which
// of them are published (no `"private": true`), and who depends on whom. Read from the files, so
// a package that lands later is covered without editing any list.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..')

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies']

/**
 * @typedef {{ name: string, version: string, dir: string, relativeDir: string,
 *   private: boolean, manifest: Record<string, any> }} WorkspacePackage
 */

/** Expand the `packages:` globs of pnpm-workspace.yaml (the `dir/*` and `dir` forms we use). */
function workspaceDirs(root) {
  const config = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) ?? {}
  const dirs = []
  for (const pattern of config.packages ?? []) {
    if (pattern.startsWith('!')) continue
    if (pattern.endsWith('/*')) {
      const parent = join(root, pattern.slice(0, -2))
      if (!existsSync(parent)) continue
      for (const entry of readdirSync(parent, { withFileTypes: true }).sort((a, b) =>
        a.name.localeCompare(b.name),
      )) {
        if (entry.isDirectory()) dirs.push(join(parent, entry.name))
      }
    } else if (!pattern.includes('*')) {
      dirs.push(join(root, pattern))
    } else {
      throw new Error(`Unsupported pattern in pnpm-workspace.yaml: ${pattern}`)
    }
  }
  return dirs.filter((dir) => existsSync(join(dir, 'package.json')))
}

/** @returns {WorkspacePackage[]} */
export function listWorkspacePackages(root = repoRoot) {
  return workspaceDirs(root).map((dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    return {
      name: manifest.name,
      version: manifest.version,
      dir,
      relativeDir: relative(root, dir),
      private: manifest.private === true,
      manifest,
    }
  })
}

/** Published packages: those under packages/ without `"private": true`. */
export function listPublishedPackages(root = repoRoot) {
  return listWorkspacePackages(root).filter(
    (pkg) => !pkg.private && pkg.relativeDir.startsWith('packages/'),
  )
}

/**
 * Every package that depends on `name` at run time (dependencies, peers, optional), directly or
 * through another workspace package, in a stable order (nearest first). devDependencies do not
 * count: they do not reach a user.
 */
export function dependentsOf(name, packages = listWorkspacePackages()) {
  const found = []
  const queue = [name]
  while (queue.length > 0) {
    const current = queue.shift()
    for (const pkg of packages) {
      if (pkg.name === name || found.includes(pkg.name)) continue
      const deps = DEPENDENCY_FIELDS.flatMap((field) => Object.keys(pkg.manifest[field] ?? {}))
      if (deps.includes(current)) {
        found.push(pkg.name)
        queue.push(pkg.name)
      }
    }
  }
  return found
}
