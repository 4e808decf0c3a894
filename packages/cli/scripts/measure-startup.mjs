#!/usr/bin/env node
// Cold start of `ork --version` and `ork --help` against a bare `node -e 0`: each command runs
// RUNS times, interleaved (so machine noise hits all alike), and the median wall time is printed.
// Usage: node scripts/measure-startup.mjs [runs]   (after `pnpm build`)
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const runs = Number(process.argv[2] ?? 20)
const bin = fileURLToPath(new URL('../bin/ork.mjs', import.meta.url))
const commands = {
  'node -e 0': ['-e', '0'],
  'ork --version': [bin, '--version'],
  'ork --help': [bin, '--help'],
}
const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint()
    const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
    times[name].push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0) throw new Error(`${name} exited with ${result.status}`)
  }
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const base = median(times['node -e 0'])
console.log(`node ${process.version}, ${runs} interleaved runs each, median wall time:`)
for (const [name, values] of Object.entries(times)) {
  const ms = median(values)
  const extra = name === 'node -e 0' ? '' : ` (+${(ms - base).toFixed(1)} ms over node -e 0)`
  console.log(`  ${name.padEnd(14)} ${ms.toFixed(1)} ms${extra}`)
}
