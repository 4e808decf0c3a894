import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { workspaceRanges } from '../../scripts/lib/pack.mjs'
import { manifestProblems, readmeProblems } from '../../scripts/lint-package.mjs'
import { repoRoot } from './scratch'

const goodManifest = {
  name: '@openrouter-kit/fixture',
  version: '0.0.0',
  description: 'A fixture package',
  license: 'MIT',
  type: 'module',
  sideEffects: false,
  keywords: ['fixture'],
  repository: { type: 'git', url: 'git+https://example.invalid/repo.git', directory: 'fixture' },
  engines: { node: '>=20' },
  files: ['dist'],
  main: './dist/index.cjs',
  module: './dist/index.mjs',
  types: './dist/index.d.cts',
  exports: {
    '.': {
      import: { types: './dist/index.d.mts', default: './dist/index.mjs' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
    },
    './package.json': './package.json',
  },
}
const goodReadme = `# @openrouter-kit/fixture

## Install

\`\`\`sh
npm install @openrouter-kit/fixture
\`\`\`

## Example

\`\`\`ts
import { answer } from '@openrouter-kit/fixture'
\`\`\`

## API

\`answer\`: the answer.
`

describe('package.json and README rules', () => {
  test('a complete manifest passes; each missing field is named', () => {
    expect(manifestProblems(goodManifest, 'fixture')).toEqual([])
    const { files, engines, keywords, ...bare } = goodManifest
    expect(files && engines && keywords).toBeTruthy()
    expect(manifestProblems({ ...bare, sideEffects: true }, 'elsewhere')).toEqual([
      '"files" must list what is published',
      '"engines.node" is missing',
      '"repository.directory" is "fixture", expected "elsewhere"',
      '"keywords" must be a non-empty array',
      '"sideEffects" must be false',
    ])
  })

  test('a README needs an install command for this package, an example and an API section', () => {
    expect(readmeProblems(goodReadme, '@openrouter-kit/fixture')).toEqual([])
    expect(readmeProblems(null, '@openrouter-kit/fixture')).toEqual([
      'README.md is missing from the tarball',
    ])
    expect(readmeProblems('# fixture\n\nSome words.\n', '@openrouter-kit/fixture')).toEqual([
      'no "Install" heading',
      'no install command for @openrouter-kit/fixture (e.g. "npm install @openrouter-kit/fixture")',
      'no first example (a heading with "Example", "Usage" or "Quick start")',
      'no "API" heading describing the public API',
    ])
    // Installing a different package with a longer name does not count.
    const other = goodReadme.replace(
      'npm install @openrouter-kit/fixture',
      'npm install @openrouter-kit/fixture-extra',
    )
    expect(readmeProblems(other, '@openrouter-kit/fixture')).toEqual([
      'no install command for @openrouter-kit/fixture (e.g. "npm install @openrouter-kit/fixture")',
    ])
  })

  test('workspace: ranges left in a packed manifest are listed', () => {
    expect(
      workspaceRanges({
        dependencies: { a: '^1.0.0', '@openrouter-kit/types': 'workspace:^' },
        peerDependencies: { b: 'workspace:*' },
      }),
    ).toEqual([
      'dependencies @openrouter-kit/types: workspace:^',
      'peerDependencies b: workspace:*',
    ])
  })
})

describe('scripts/lint-package.mjs on a packed fixture', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function fixture(manifest: object, readme: string | null, { cjsTypes = true } = {}) {
    dir = mkdtempSync(join(tmpdir(), 'ork-lint-fixture-'))
    const pkg = join(dir, 'fixture')
    mkdirSync(join(pkg, 'dist'), { recursive: true })
    writeFileSync(join(pkg, 'package.json'), JSON.stringify(manifest, null, 2))
    if (readme) writeFileSync(join(pkg, 'README.md'), readme)
    writeFileSync(join(pkg, 'dist/index.mjs'), 'export const answer = 42\n')
    writeFileSync(join(pkg, 'dist/index.cjs'), "'use strict'\nexports.answer = 42\n")
    writeFileSync(join(pkg, 'dist/index.d.mts'), 'export declare const answer: number\n')
    if (cjsTypes)
      writeFileSync(join(pkg, 'dist/index.d.cts'), 'export declare const answer: number\n')
    return spawnSync(process.execPath, [join(repoRoot, 'scripts/lint-package.mjs')], {
      cwd: pkg,
      encoding: 'utf8',
    })
  }

  test('a well-formed package passes publint --strict and attw on its tarball', () => {
    const result = fixture(goodManifest, goodReadme)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('✔ @openrouter-kit/fixture: publint --strict (tarball)')
    expect(result.stdout).toContain('✔ @openrouter-kit/fixture: attw --profile node16 (tarball)')
    expect(result.stdout).toContain('✔ @openrouter-kit/fixture: README.md (install, example, API)')
  })

  test('a broken package fails, naming each problem', () => {
    const { types: _types, ...rest } = goodManifest
    const result = fixture(
      {
        ...rest,
        sideEffects: true,
        exports: { '.': { import: './dist/index.mjs', require: './dist/index.cjs' } },
      },
      null,
      { cjsTypes: false },
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('✖ @openrouter-kit/fixture: package.json fields')
    expect(result.stderr).toContain('"sideEffects" must be false')
    expect(result.stderr).toContain('README.md is missing from the tarball')
    expect(result.stderr).toContain('✖ @openrouter-kit/fixture: attw --profile node16 (tarball)')
    expect(result.stderr).toContain('@openrouter-kit/fixture: 3 package check(s) failed')
  })
})
