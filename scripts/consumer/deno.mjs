// Deno with the npm project's node_modules (a package.json next to node_modules: Deno reads the
// packages from there and downloads nothing): `deno run` of the client scenario, `deno test` of a
// user's test file with npm: specifiers that starts the mock, and `deno check` of a typed file.
import { join } from 'node:path'
import { denoBinary, pinned } from './binaries.mjs'
import { copyFixture } from './project.mjs'
import { cleanEnv, run } from './runner.mjs'

export async function denoJob({ project, check }) {
  copyFixture('deno', join(project, 'deno'))
  const deno = denoBinary()
  // A DENO_DIR of its own: nothing from an earlier run or another project is reused.
  const env = { ...cleanEnv, DENO_DIR: join(project, '.deno'), NO_COLOR: '1' }
  const name = `Deno ${pinned.deno}`
  await check(`${name}: the client lists keys, gets a typed 401, refuses bad input`, async () =>
    (await run(deno, ['run', '--allow-all', 'deno/against-mock.ts'], { cwd: project, env })).trim(),
  )
  await check(`${name}: deno test of a user's test file that starts the mock`, async () => {
    const output = await run(deno, ['test', '--allow-all', 'deno/keys.test.ts'], {
      cwd: project,
      env,
    })
    return /ok \| .*/.exec(output)?.[0] ?? 'passed'
  })
  await check(`${name}: deno check of a TypeScript file using the public types`, async () => {
    await run(deno, ['check', 'deno/typed.ts', 'deno/against-mock.ts'], { cwd: project, env })
    return 'deno/typed.ts, deno/against-mock.ts'
  })
}
