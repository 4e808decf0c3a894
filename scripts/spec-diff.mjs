#!/usr/bin/env node
// `pnpm spec:diff [base-ref] [--changeset] [--json]`
//
// Compares spec/openapi.yaml in the working tree with its version at a git ref (default HEAD) and
// classifies the change: breaking (major), additive (minor) or docs only (patch), listing every
// reason. With --changeset it writes .changeset/spec-<hash>.md bumping @openrouter-kit/types and
// every published package that depends on it (read from the workspace's package.json files), all
// at the same level: the generated types reach users through each of them.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { changesetFor, diffSpecs, GENERATOR_EXTENSIONS } from './lib/spec-diff.mjs'
import { dependentsOf, listWorkspacePackages, repoRoot } from './lib/workspace.mjs'

const SPEC = 'spec/openapi.yaml'
const IMPORT_CONFIG = 'spec/import.yaml'
const TYPES_PACKAGE = '@openrouter-kit/types'

function usage(message) {
  console.error(`${message}\nUsage: pnpm spec:diff [base-ref] [--changeset] [--json]`)
  process.exit(2)
}

function specAt(ref) {
  try {
    return execFileSync('git', ['show', `${ref}:${SPEC}`], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    })
  } catch (error) {
    const detail = String(error.stderr ?? error.message).trim()
    throw new Error(`Cannot read ${SPEC} at git ref "${ref}": ${detail}`)
  }
}

/** The extensions our generators read: those the import keeps (spec/import.yaml). */
function generatorExtensions() {
  const file = join(repoRoot, IMPORT_CONFIG)
  if (!existsSync(file)) return GENERATOR_EXTENSIONS
  return parse(readFileSync(file, 'utf8'))?.keepExtensions ?? GENERATOR_EXTENSIONS
}

/** Packages whose changeset a spec change needs: types first, then its published dependents. */
export function packagesForSpecChange(root = repoRoot) {
  const packages = listWorkspacePackages(root)
  const published = new Set(packages.filter((pkg) => !pkg.private).map((pkg) => pkg.name))
  return [TYPES_PACKAGE, ...dependentsOf(TYPES_PACKAGE, packages).filter((n) => published.has(n))]
}

function main(argv) {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')))
  const positional = argv.filter((arg) => !arg.startsWith('--'))
  for (const flag of flags) {
    if (!['--changeset', '--json'].includes(flag)) usage(`Unknown option ${flag}`)
  }
  if (positional.length > 1) usage(`Expected at most one base ref, got ${positional.join(' ')}`)
  const ref = positional[0] ?? 'HEAD'

  const before = parse(specAt(ref))
  const after = parse(readFileSync(join(repoRoot, SPEC), 'utf8'))
  const diff = diffSpecs(before, after, { generatorExtensions: generatorExtensions() })

  if (flags.has('--json')) {
    console.log(JSON.stringify({ ref, ...diff }, null, 2))
  } else {
    const bump = diff.level === 'none' ? '' : ` (${diff.level})`
    console.log(`${SPEC}: ${ref} -> working tree: ${diff.kind}${bump}`)
    for (const change of diff.changes) {
      console.log(`  ${change.level.padEnd(5)}  ${change.where}: ${change.message}`)
    }
  }

  if (flags.has('--changeset')) {
    if (diff.level === 'none') {
      console.error('No spec change: no changeset written.')
      return
    }
    const body = changesetFor(diff, packagesForSpecChange())
    const name = `spec-${createHash('sha256').update(body).digest('hex').slice(0, 8)}.md`
    const file = join(repoRoot, '.changeset', name)
    writeFileSync(file, body)
    console.error(`Wrote ${relative(repoRoot, file)}`)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
