#!/usr/bin/env node
// `pnpm demo`: the README's main job. Builds the CLI and the mock (turbo, cached after the first
// run), starts the mock OpenRouter API in this process with 42 seeded keys (10 per page) on a
// free port, runs `ork keys list` against it with the terminal inherited (so the table fits your
// real width), stops the mock and exits with ork's exit code. No account or network is needed.
// Without flags a second scene follows: a key's life (create with a spending limit, show it,
// disable it, delete it), against the same mock.
//
//   pnpm demo                      # the table, then the key's life
//   pnpm demo --format json        # any `ork keys list` flags pass through (first scene only)
//   pnpm --silent demo --json | jq '.[0]'
import { spawn, spawnSync } from 'node:child_process'
import { constants } from 'node:os'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const ork = fileURLToPath(new URL('../packages/cli/bin/ork.mjs', import.meta.url))
const SEEDED_KEYS = 42
// Small pages, so that the demo shows ork following every page (the real API sends 100).
const PAGE_SIZE = 10

// pnpm hands over flags after the script name as they are; a leading `--` is a habit from npm.
const args = process.argv.slice(2)
if (args[0] === '--') args.shift()

function build() {
  process.stderr.write('Building the ork CLI and the mock server (cached after the first run)…\n')
  const result = spawnSync(
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build',
      '--filter=@openrouter-kit/cli...',
      '--filter=@openrouter-kit/mock...',
      '--concurrency=2',
      '--output-logs=errors-only',
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', REDOCLY_TELEMETRY: 'off' },
      shell: process.platform === 'win32',
    },
  )
  if (result.status !== 0) {
    // Quiet on success; everything turbo said when it fails.
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`)
    process.stderr.write(
      result.error
        ? `demo: could not run pnpm: ${result.error.message}\n`
        : 'demo: the build failed (output above)\n',
    )
    process.exit(1)
  }
}

// The second scene: the name of the key it creates, and each command it runs, in order.
const DEMO_KEY = 'demo-ci'
const LIFECYCLE = [
  ['keys', 'create', '--name', DEMO_KEY, '--spend-limit', '5', '--limit-reset', 'monthly'],
  ['keys', 'get', DEMO_KEY],
  ['keys', 'disable', DEMO_KEY],
  ['keys', 'delete', DEMO_KEY, '--yes'],
]

/** Runs ork with the terminal inherited; resolves to its exit code (128 + n for a signal). */
function runOrk(orkArgs, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ork, ...orkArgs], {
      stdio: 'inherit',
      env: { ...process.env, ...env },
    })
    child.on('error', (error) => {
      process.stderr.write(`demo: could not start ork: ${error.message}\n`)
      resolve(1)
    })
    child.on('exit', (code, signal) =>
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1)),
    )
  })
}

build()
const { createMockServer, MOCK_MANAGEMENT_KEY } = await import('@openrouter-kit/mock')
const mock = createMockServer({ seed: SEEDED_KEYS, pageSize: PAGE_SIZE })
const server = await mock.listen({ port: 0, host: '127.0.0.1' })
process.stderr.write(
  `Demo: ork keys list against a local mock of the OpenRouter API at ${server.url} (${SEEDED_KEYS} seeded keys, ${PAGE_SIZE} per page).\n`,
)

// Ctrl-C reaches ork directly (same process group); stay alive to stop the mock afterwards.
const ignore = () => {}
process.on('SIGINT', ignore)
const env = { OPENROUTER_BASE_URL: server.url, OPENROUTER_MANAGEMENT_KEY: MOCK_MANAGEMENT_KEY }
let code = await runOrk(['keys', 'list', ...args], env)
if (code === 0 && args.length === 0) {
  process.stderr.write(
    '\nDemo, scene 2: a key with a $5 monthly limit is created (its secret alone on stdout), shown, disabled and deleted.\n',
  )
  for (const step of LIFECYCLE) {
    process.stderr.write(`\n$ ork ${step.join(' ')}\n`)
    code = await runOrk(step, env)
    if (code !== 0) break
  }
}
process.off('SIGINT', ignore)
await server.close()
process.exit(code)
