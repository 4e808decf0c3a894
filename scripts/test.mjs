#!/usr/bin/env node
// `pnpm test`: every check, in the order that fails fastest. Each step is a command; the run
// stops at the first failing step. At the end the vitest JSON reports of all packages are summed
// into one closing line, "tests: N passed, N failed".
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  REDOCLY_TELEMETRY: 'off',
  DO_NOT_TRACK: '1',
}

/** @type {Array<[name: string, command: string]>} */
const steps = [
  ['Chromium for the browser tests', 'bash scripts/ensure-chromium.sh'],
  ['spec/openapi.yaml is what spec:import makes of spec/upstream/', 'node scripts/spec-import.mjs --check'],
  ['generated files match spec/', 'node scripts/generate.mjs --check'],
  ['format and lint (biome)', 'pnpm exec biome check .'],
  // On a branch: CHANGESET_BASE=origin/main pnpm test (skips, saying why, when there is no base).
  ['every changed package has a changeset', 'node scripts/changeset-status.mjs'],
  [
    'build, typecheck, package lint, tests',
    'pnpm exec turbo run build typecheck lint test --concurrency=2 --output-logs=errors-only',
  ],
  // Packed tarballs installed with npm outside the workspace, under Node 20, 22 and 24.
  ['consumer tests (npm install of the tarballs)', 'node scripts/consumer-test.mjs'],
]

function run(name, command) {
  console.log(`\n▶ ${name}: ${command}`)
  const started = Date.now()
  const result = spawnSync(command, { cwd: root, env, stdio: 'inherit', shell: true })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s (exit ${result.status ?? result.signal})`)
    return false
  }
  console.log(`✔ ${name} (${seconds}s)`)
  return true
}

/** Sum every package's vitest JSON report (written by scripts/vitest-package.mjs). */
function countTests() {
  let passed = 0
  let failed = 0
  const dirs = ['packages', 'examples'].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent)).map((name) => join(root, parent, name))
      : [],
  )
  const reports = [...dirs, join(root, 'tooling'), root].map((dir) =>
    join(dir, '.vitest/report.json'),
  )
  // The consumer tests (scripts/consumer-test.mjs) write their counts in the same shape.
  reports.push(join(root, '.vitest/consumer-report.json'))
  for (const report of reports) {
    if (!existsSync(report)) continue
    const { numPassedTests = 0, numFailedTests = 0 } = JSON.parse(readFileSync(report, 'utf8'))
    passed += numPassedTests
    failed += numFailedTests
  }
  return { passed, failed }
}

// A report left by an earlier run must not count in this one.
rmSync(join(root, '.vitest/consumer-report.json'), { force: true })

let ok = true
for (const [name, command] of steps) {
  if (!run(name, command)) {
    ok = false
    break
  }
}
const { passed, failed } = countTests()
console.log(`\ntests: ${passed} passed, ${ok ? failed : Math.max(failed, 1)} failed`)
process.exit(ok && failed === 0 ? 0 : 1)
