#!/usr/bin/env node
// Package hygiene for the package in the current directory: publint --strict and
// @arethetypeswrong/cli. Run by each package's `lint` script (turbo runs it after `build`).
import { spawnSync } from 'node:child_process'

const steps = [
  ['publint', ['--strict']],
  ['attw', ['--pack', '.', '--profile', 'node16']],
]
for (const [bin, args] of steps) {
  const result = spawnSync(bin, args, { stdio: 'inherit', shell: false })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
