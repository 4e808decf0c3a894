import { defineConfig } from 'vitest/config'
import { packageTestConfig } from '../scripts/vitest-package.mjs'

// These tests spawn the real tools (redocly, changesets, pnpm pack, publint, attw) on temporary
// copies of the repo, so they get minutes, not seconds.
export default defineConfig(packageTestConfig({ testTimeout: 180_000, hookTimeout: 60_000 }))
