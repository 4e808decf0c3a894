#!/usr/bin/env node
// Package hygiene for the package in the current directory (each published package's `lint`
// script; turbo runs it after `build`). Everything is checked on the tarball that `pnpm pack`
// makes, i.e. what a user downloads, not on the folder:
//   - package.json fields a user and the registry rely on (files, engines, license, repository,
//     keywords, sideEffects: false) and no `workspace:` range left after packing
//   - a README.md in the tarball with an install command, a first example and the public API
//   - publint --strict (exports map, file formats, fields) on the tarball
//   - @arethetypeswrong/cli --profile node16 on the tarball: types resolve for `import` and
//     `require` under moduleResolution node16 and bundler. The node10 resolution (TypeScript's
//     legacy `moduleResolution: node`) is left out: it ignores `exports`, so no subpath entry
//     (`@openrouter-kit/client/server`) can resolve there without typesVersions shims, and
//     TypeScript itself marks it deprecated. The consumer tests check bundler and node16 for real.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { listTarballFiles, packPackage, readTarballManifest, workspaceRanges } from './lib/pack.mjs'
import { repoRoot } from './lib/workspace.mjs'

const cwd = process.cwd()
const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'))
const bin = (name) => join(repoRoot, 'node_modules/.bin', name)
let failures = 0

function report(name, problems) {
  if (problems.length === 0) {
    console.log(`✔ ${manifest.name}: ${name}`)
    return
  }
  failures++
  console.error(`✖ ${manifest.name}: ${name}`)
  for (const problem of problems) console.error(`    ${problem}`)
}

/**
 * @param {Record<string, any>} pkg
 * @param {string | undefined} expectedDirectory
 */
export function manifestProblems(pkg, expectedDirectory) {
  const problems = []
  const nonEmptyArray = (value) => Array.isArray(value) && value.length > 0
  if (!nonEmptyArray(pkg.files)) problems.push('"files" must list what is published')
  if (typeof pkg.engines?.node !== 'string') problems.push('"engines.node" is missing')
  if (typeof pkg.license !== 'string') problems.push('"license" is missing')
  if (typeof pkg.repository?.url !== 'string') problems.push('"repository.url" is missing')
  if (expectedDirectory !== undefined && pkg.repository?.directory !== expectedDirectory) {
    problems.push(
      `"repository.directory" is ${JSON.stringify(pkg.repository?.directory)}, expected "${expectedDirectory}"`,
    )
  }
  if (!nonEmptyArray(pkg.keywords)) problems.push('"keywords" must be a non-empty array')
  if (pkg.sideEffects !== false) problems.push('"sideEffects" must be false')
  if (typeof pkg.description !== 'string' || pkg.description.length === 0) {
    problems.push('"description" is missing')
  }
  return problems
}

/** A README needs an install command for this package, a first example and the public API. */
export function readmeProblems(readme, name) {
  if (readme === null) return ['README.md is missing from the tarball']
  const problems = []
  const headings = readme
    .split('\n')
    .filter((line) => /^#{1,6}\s/.test(line))
    .map((line) => line.replace(/^#+\s*/, ''))
  const hasHeading = (pattern) => headings.some((heading) => pattern.test(heading))
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  if (!hasHeading(/install/i)) problems.push('no "Install" heading')
  if (
    !new RegExp(`(npm (i|install)|pnpm add|yarn add)[^\\n]*(?<![\\w/-])${escaped}(?![\\w/-])`).test(
      readme,
    )
  ) {
    problems.push(`no install command for ${name} (e.g. "npm install ${name}")`)
  }
  if (!hasHeading(/example|usage|quick ?start|getting started/i)) {
    problems.push('no first example (a heading with "Example", "Usage" or "Quick start")')
  } else if (!/```(ts|tsx|js|jsx|typescript|javascript|sh|bash)\n/.test(readme)) {
    problems.push('no code block with an example')
  }
  if (!hasHeading(/\bAPI\b/)) problems.push('no "API" heading describing the public API')
  return problems
}

function runTool(name, command, args) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  if (result.error) {
    report(name, [`could not run ${command}: ${result.error.message}`])
  } else if (result.status !== 0) {
    report(name, output.split('\n'))
  } else {
    report(name, [])
  }
}

function main() {
  // Inside the repo, repository.directory must point at the package (a package outside it, like
  // a test fixture, has no directory to compare with).
  const fromRoot = relative(repoRoot, cwd)
  const expectedDirectory = fromRoot.startsWith('..') ? undefined : fromRoot
  report('package.json fields', manifestProblems(manifest, expectedDirectory))

  const scratch = mkdtempSync(join(tmpdir(), 'ork-lint-'))
  try {
    const tarball = packPackage(cwd, scratch)
    const packed = readTarballManifest(tarball)
    const leftovers = workspaceRanges(packed)
    report(
      'no workspace: ranges in the packed package.json',
      leftovers.map((entry) => `${entry} (pnpm pack should have replaced it: pack with pnpm)`),
    )

    const files = listTarballFiles(tarball)
    const readmeName = files.find((file) => /^readme\.md$/i.test(file))
    const readme = readmeName
      ? spawnSync('tar', ['-xzOf', tarball, `package/${readmeName}`], { encoding: 'utf8' }).stdout
      : null
    report('README.md (install, example, API)', readmeProblems(readme, manifest.name))

    const binProblems = Object.values(
      typeof packed.bin === 'string' ? { [packed.name]: packed.bin } : (packed.bin ?? {}),
    )
      .map((path) => path.replace(/^\.\//, ''))
      .filter((path) => !files.includes(path))
      .map((path) => `bin ${path} is not in the tarball`)
    report('bin files packed', binProblems)

    runTool('publint --strict (tarball)', bin('publint'), ['run', '--strict', tarball])
    runTool('attw --profile node16 (tarball)', bin('attw'), [
      tarball,
      '--profile',
      'node16',
      '--format',
      'table-flipped',
    ])
  } catch (error) {
    report('pack', [error instanceof Error ? error.message : String(error)])
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }

  if (failures > 0) {
    console.error(`${manifest.name}: ${failures} package check(s) failed`)
    process.exit(1)
  }
}

if (existsSync(join(cwd, 'package.json')) && process.argv[1]?.endsWith('lint-package.mjs')) main()
