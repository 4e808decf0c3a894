// 1. Bundle size: the same program (create a client, list one page of keys) bundled by esbuild
// (--bundle --minify, browser and node platforms), then gzip -9.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bundleProgram } from '../scripts/lib/bundle-size.mjs'
import { benchDir, workDir } from './lib/paths.mjs'
import { listPrograms } from './programs/index.mjs'
import { reactApps } from './programs/react/index.mjs'

const PLATFORMS = ['browser', 'node']

/** Bundles `contents` (an ES module resolved from bench/) and returns raw and gzip -9 sizes. */
export async function bundleSize(contents, { platform, name }) {
  const { outputFile, metafile, minified, gzip } = await bundleProgram(contents, {
    resolveDir: benchDir,
    sourcefile: `${name}.mjs`,
    loader: 'jsx',
    platform,
    jsx: 'automatic',
    // License banners are identical boilerplate for everyone; leave them out of the count.
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  mkdirSync(join(workDir, 'bundles'), { recursive: true })
  writeFileSync(join(workDir, 'bundles', `${name}.${platform}.js`), outputFile.contents)
  return { minified, gzip, byPackage: bytesByPackage(metafile) }
}

/** Minified bytes in the output per package (or "program"), largest first. */
function bytesByPackage(metafile) {
  const totals = {}
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name =
        path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1] ??
        (path.match(/(?:^|\/)packages\/([^/]+)\//)
          ? `@openrouter-kit/${path.match(/(?:^|\/)packages\/([^/]+)\//)[1]}`
          : 'program')
      totals[name] = (totals[name] ?? 0) + bytesInOutput
    }
  }
  return Object.fromEntries(Object.entries(totals).sort((a, b) => b[1] - a[1]))
}

const listMain = (file) => `
import { createLister } from './programs/${file}'
const listOnePage = createLister('https://openrouter.ai/api/v1', globalThis.OPENROUTER_MANAGEMENT_KEY)
listOnePage().then((keys) => console.log(keys.length))
`

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureSize({ ready }) {
  const programs = []
  for (const program of listPrograms.filter((p) => !p.ours || ready['@openrouter-kit/client'])) {
    const row = { id: program.id, label: program.label, ours: !!program.ours }
    for (const platform of PLATFORMS) {
      row[platform] = await bundleSize(listMain(program.file), { platform, name: program.id })
    }
    programs.push(row)
  }
  const react = []
  for (const app of reactApps.filter((a) => !a.needs || ready[a.needs])) {
    const source = `import './programs/react/${app.file}'`
    react.push({
      id: app.id,
      label: app.label,
      browser: await bundleSize(source, { platform: 'browser', name: `react-${app.id}` }),
    })
  }
  return { programs, react }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readiness } = await import('./lib/readiness.mjs')
  console.log(JSON.stringify(await measureSize({ ready: await readiness() }), null, 2))
}
