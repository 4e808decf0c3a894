import { defineConfig } from 'vitest/config'
import { packageTestConfig } from '../../scripts/vitest-package.mjs'

// The browser test starts Chromium and a server; give hooks and tests room on a busy machine.
export default defineConfig(
  packageTestConfig({ include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 }),
)
