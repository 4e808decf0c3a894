// Where things live. Everything resolves from bench/ so that workspace packages and the
// baselines come from bench/node_modules exactly as a consumer would get them.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = dirname(dirname(fileURLToPath(import.meta.url)))
export const repoDir = dirname(benchDir)
/** Scratch output (bundles, temp files); git-ignored. */
export const workDir = join(benchDir, '.work')

const require = createRequire(join(benchDir, 'package.json'))

/** Absolute path of a package's own directory, resolved like a consumer in bench/ would. */
export function packageDir(name) {
  return dirname(require.resolve(`${name}/package.json`))
}

export const mockServerScript = join(benchDir, 'lib/mock-server.mjs')
export const orkBin = () => join(packageDir('@openrouter-kit/cli'), 'bin/ork.mjs')
export const tscJs = () => join(packageDir('typescript'), 'lib/tsc.js')
