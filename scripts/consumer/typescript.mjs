// Type checks of a TypeScript consumer (checks.mjs: typescriptConsumer) against the installed
// declarations: TypeScript 5.9 (the project's, from npm) under moduleResolution bundler and
// node16, strict on and off; the floor the READMEs state, 5.4 without skipLibCheck and 5.0 with
// it; and the native preview (tsgo). Each run is its own task, so two can run at once.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pinned, tool } from './binaries.mjs'
import { typescriptConsumer } from './checks.mjs'
import { run } from './runner.mjs'

/** Writes a tsconfig for one setting; returns its file name and the files it checks. */
function writeConfig(project, { resolution, strict, skipLibCheck = false }) {
  const name = `tsconfig.${resolution}.${strict ? 'strict' : 'loose'}${skipLibCheck ? '.skiplib' : ''}.json`
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: resolution === 'bundler' ? 'esnext' : 'node16',
    moduleResolution: resolution,
    strict,
    noEmit: true,
    skipLibCheck,
    types: ['node'],
  }
  const files = resolution === 'bundler' ? ['consumer.ts'] : ['consumer.mts', 'consumer.cts']
  writeFileSync(join(project, name), JSON.stringify({ compilerOptions, files }, null, 2))
  return { name, files }
}

/** The compilers: the project's own TypeScript and the pinned older and native ones. */
function compilers(project) {
  const version = (spec) => spec.replace(/^npm:typescript@/, '')
  const installed = join(project, 'node_modules/typescript')
  const installedVersion = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version
  return {
    current: { label: `tsc ${installedVersion}`, bin: join(installed, 'bin/tsc') },
    floor: {
      label: `tsc ${version(pinned['typescript-5.4'])}`,
      bin: tool('typescript-5.4', 'bin/tsc'),
    },
    oldest: {
      label: `tsc ${version(pinned['typescript-5.0'])}`,
      bin: tool('typescript-5.0', 'bin/tsc'),
    },
    native: {
      label: `tsgo ${pinned['@typescript/native-preview']}`,
      bin: tool('@typescript/native-preview', 'bin/tsgo'),
    },
  }
}

/** Returns the type-check tasks (each `() => Promise`) for the project's entry points. */
export function typescriptTasks({ project, entryPoints, check }) {
  // bundler reads consumer.ts; node16 reads the same code as ESM (.mts) and CJS (.cts).
  const source = typescriptConsumer(entryPoints)
  writeFileSync(join(project, 'consumer.ts'), source)
  writeFileSync(join(project, 'consumer.mts'), source)
  writeFileSync(
    join(project, 'consumer.cts'),
    source.replace('export const hook', 'export const hookCjs'),
  )
  const { current, floor, oldest, native } = compilers(project)
  const runs = [
    ...['bundler', 'node16'].flatMap((resolution) =>
      [true, false].map((strict) => ({ compiler: current, resolution, strict })),
    ),
    { compiler: floor, resolution: 'bundler', strict: true },
    { compiler: floor, resolution: 'node16', strict: true },
    { compiler: oldest, resolution: 'bundler', strict: true, skipLibCheck: true },
    { compiler: oldest, resolution: 'node16', strict: true, skipLibCheck: true },
    { compiler: native, resolution: 'bundler', strict: true },
    { compiler: native, resolution: 'node16', strict: true },
  ]
  return runs.map(({ compiler, ...setting }) => () => {
    const { name, files } = writeConfig(project, setting)
    const label = `${compiler.label} moduleResolution ${setting.resolution}, strict ${setting.strict ? 'on' : 'off'}${setting.skipLibCheck ? ', skipLibCheck' : ''}`
    return check(label, async () => {
      await run(process.execPath, [compiler.bin, '-p', name], { cwd: project })
      return files.join(' + ')
    })
  })
}
