import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { type Scratch, scratchCopy } from './scratch'

// The generator resolves spec/, packages/types, packages/client and node_modules from its own
// location, so a copy of spec/ + scripts/ + packages/types + the client's generated folder is a
// complete, separate pipe to edit freely. Edits go where a maintainer's would: the upstream file.
let repo: Scratch
let watcher: ChildProcess | undefined
beforeEach(() => {
  repo = scratchCopy(['spec', 'scripts', 'packages/types', 'packages/client/src/generated'])
})
afterEach(() => {
  watcher?.kill()
  watcher = undefined
  repo.remove()
})

// What a description edit upstream changes (descriptors and functions carry no descriptions).
const GENERATED = [
  'spec/openapi.yaml',
  'packages/types/openapi.json',
  'packages/types/src/generated/openapi.ts',
]
const UPSTREAM = 'spec/upstream/openrouter.yaml'
const OLD_DESCRIPTION = 'Whether the API key is disabled'

const generate = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/generate.mjs', ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  })

function editDescription(text: string, old = OLD_DESCRIPTION) {
  const file = repo.path(UPSTREAM)
  const upstream = readFileSync(file, 'utf8')
  expect(upstream).toContain(old)
  writeFileSync(file, upstream.replaceAll(old, text))
}

/** Resolve once `predicate` holds; reject with what the watcher printed if it never does. */
function waitFor(predicate: () => boolean, output: () => string, limitMs = 60_000) {
  return new Promise<void>((resolve, reject) => {
    const started = Date.now()
    const poll = setInterval(() => {
      if (predicate()) {
        clearInterval(poll)
        resolve()
      } else if (Date.now() - started > limitMs) {
        clearInterval(poll)
        reject(new Error(`gave up waiting; watcher output:\n${output()}`))
      }
    }, 100)
  })
}

describe('pnpm generate --check', () => {
  test('passes on a fresh copy, fails naming each stale file after a spec edit, passes again', () => {
    const fresh = generate('--check')
    expect(fresh.stderr).toBe('')
    expect(fresh.stdout).toContain('Generated files are up to date with spec/.')
    expect(fresh.status).toBe(0)

    editDescription('True when the key can no longer be used')
    const stale = generate('--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toBe(
      `Generated files are stale (run \`pnpm generate\`):\n${GENERATED.map((f) => `  ${f}`).join('\n')}\n`,
    )
    // --check never writes.
    expect(readFileSync(repo.path(GENERATED[2] ?? ''), 'utf8')).not.toContain('can no longer')

    const written = generate()
    expect(written.status).toBe(0)
    expect(written.stdout).toContain(`Wrote ${GENERATED.join(', ')}`)
    expect(readFileSync(repo.path(GENERATED[2] ?? ''), 'utf8')).toContain(
      'True when the key can no longer be used',
    )
    expect(generate('--check').status).toBe(0)
  })
})

describe('pnpm generate --watch', () => {
  test('regenerates the types on every save under spec/ (here: the upstream file)', async () => {
    let output = ''
    watcher = spawn(process.execPath, ['scripts/generate.mjs', '--watch'], {
      cwd: repo.dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
    })
    watcher.stdout?.on('data', (chunk) => {
      output += chunk
    })
    watcher.stderr?.on('data', (chunk) => {
      output += chunk
    })
    const types = () => readFileSync(repo.path(GENERATED[2] ?? ''), 'utf8')
    await waitFor(
      () => output.includes('Generated files already up to date.'),
      () => output,
    )

    editDescription('First save')
    await waitFor(
      () => types().includes('First save'),
      () => output,
    )
    editDescription('Second save', 'First save')
    await waitFor(
      () => types().includes('Second save'),
      () => output,
    )
    expect(JSON.parse(readFileSync(repo.path(GENERATED[1] ?? ''), 'utf8'))).toMatchObject({
      components: {
        schemas: { ApiKey: { properties: { disabled: { description: 'Second save' } } } },
      },
    })
    expect(watcher.exitCode).toBeNull()
  })
})
