#!/usr/bin/env node
// `pnpm docs`: an API reference (typedoc) for every published package into docs-api/ (ignored by
// git), one folder per package plus an index page. Entry points come from each package's
// `exports` map (./dist/server.mjs -> src/server.ts or src/server/index.ts), so a new entry point is documented without
// editing this file. Packages import each other through their built dist/, so build first:
// `pnpm build && pnpm docs`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { listPublishedPackages, repoRoot } from './lib/workspace.mjs'

const out = join(repoRoot, 'docs-api')
const typedoc = join(repoRoot, 'node_modules/.bin/typedoc')

/** src/ files behind the package's JavaScript entry points. */
function entryPoints(pkg) {
  const targets = Object.entries(pkg.manifest.exports ?? {})
    .filter(([subpath]) => subpath !== './package.json' && !subpath.endsWith('.json'))
    .map(([, target]) => target?.import?.default ?? target?.default ?? target)
    .filter((target) => typeof target === 'string')
  const sources = targets.map((target) => {
    const base = target.replace(/^\.\/dist\//, '').replace(/\.[cm]?js$/, '')
    const source = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]
      .map((file) => join('src', file))
      .find((file) => existsSync(join(pkg.dir, file)))
    if (!source) throw new Error(`${pkg.name}: no src/ file for entry point ${target}`)
    return source
  })
  return [...new Set(sources)]
}

rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const links = []
let failed = false
for (const pkg of listPublishedPackages()) {
  const folder = pkg.name.split('/').at(-1)
  const entries = entryPoints(pkg)
  const args = [
    ...entries.flatMap((entry) => ['--entryPoints', entry]),
    '--tsconfig',
    'tsconfig.json',
    '--name',
    pkg.name,
    '--readme',
    existsSync(join(pkg.dir, 'README.md')) ? 'README.md' : 'none',
    '--out',
    join(out, folder),
    '--options',
    join(repoRoot, 'typedoc.config.mjs'),
  ]
  const result = spawnSync(typedoc, args, { cwd: pkg.dir, stdio: 'inherit' })
  if (result.status === 0) {
    console.log(`✔ ${pkg.name}: docs-api/${folder}/ (${entries.join(', ')})`)
    links.push(
      `<li><a href="./${folder}/index.html">${pkg.name}</a>: ${pkg.manifest.description}</li>`,
    )
  } else {
    console.error(`✖ ${pkg.name}: typedoc failed`)
    failed = true
  }
}
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>\n<meta charset="utf-8">\n<title>openrouter-kit API reference</title>\n<h1>openrouter-kit API reference</h1>\n<ul>\n${links.join('\n')}\n</ul>\n`,
)
console.log(`API reference: ${join('docs-api', 'index.html')}`)
process.exit(failed ? 1 : 0)
