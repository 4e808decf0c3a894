// Where the runtimes' executables are. bun, deno and workerd ship each platform's binary in an
// optional npm package (@oven/bun-linux-x64, @deno/linux-x64-glibc, @cloudflare/workerd-linux-64,
// ...); their postinstall scripts only move that binary into place, and pnpm does not run them
// (pnpm-workspace.yaml). So the binary is taken straight from the platform package: nothing is
// downloaded, and no Node wrapper sits between us and the runtime.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** The versions pinned in this folder's package.json, which the report prints. */
export const pinned = require('./package.json').devDependencies

const isMusl = () =>
  process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime

/** Resolves `file` inside `platformPackage`, an optional dependency of `wrapper`. */
function fromPlatformPackage(wrapper, platformPackage, file) {
  const wrapperRequire = createRequire(require.resolve(`${wrapper}/package.json`))
  try {
    return join(dirname(wrapperRequire.resolve(`${platformPackage}/package.json`)), file)
  } catch {
    throw new Error(
      `${platformPackage} is not installed: ${wrapper} has no binary for ${process.platform}-${process.arch} here (run pnpm install)`,
    )
  }
}

export function bunBinary() {
  const arch = { x64: 'x64', arm64: 'aarch64' }[process.arch]
  const suffix = isMusl() ? '-musl' : ''
  const name = process.platform === 'win32' ? 'bun.exe' : 'bun'
  return fromPlatformPackage('bun', `@oven/bun-${process.platform}-${arch}${suffix}`, `bin/${name}`)
}

export function denoBinary() {
  const target = {
    'linux-x64': 'linux-x64-glibc',
    'linux-arm64': 'linux-arm64-glibc',
    'darwin-x64': 'darwin-x64',
    'darwin-arm64': 'darwin-arm64',
    'win32-x64': 'win32-x64',
  }[`${process.platform}-${process.arch}`]
  const name = process.platform === 'win32' ? 'deno.exe' : 'deno'
  return fromPlatformPackage('deno', `@deno/${target}`, name)
}

/** workerd's own package exports the binary's path (it looks up the platform package itself). */
export function workerdBinary() {
  return require('workerd').default
}

/** A Node script shipped by a pinned package, e.g. `tool('vite', 'bin/vite.js')`. */
export function tool(name, file) {
  return join(dirname(require.resolve(`${name}/package.json`)), file)
}
