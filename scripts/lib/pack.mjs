// `pnpm pack` as a publish would run it: pnpm rewrites `workspace:` ranges to real versions, and
// the tarball holds exactly what a user downloads. Both the package lint and the consumer tests
// check that tarball, never the folder.
import { execFileSync } from 'node:child_process'

const DEPENDENCY_FIELDS = [
  'dependencies',
  'peerDependencies',
  'optionalDependencies',
  'devDependencies',
]

/** Pack the package in `dir` into `destination`; returns the tarball's absolute path. */
export function packPackage(dir, destination) {
  const output = execFileSync('pnpm', ['pack', '--pack-destination', destination, '--json'], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // pnpm may print lifecycle output before the JSON document.
  const { filename } = JSON.parse(output.slice(output.indexOf('{')))
  return filename
}

/** The package.json inside a tarball. */
export function readTarballManifest(tarball) {
  return JSON.parse(
    execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }),
  )
}

/** The paths inside a tarball, relative to its `package/` folder. */
export function listTarballFiles(tarball) {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ''))
}

/** `workspace:` ranges left in a packed manifest, as "field name: range" strings. */
export function workspaceRanges(manifest) {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([, range]) => String(range).startsWith('workspace:'))
      .map(([name, range]) => `${field} ${name}: ${range}`),
  )
}
