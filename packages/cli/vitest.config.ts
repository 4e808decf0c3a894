import { defineConfig } from 'vitest/config'
import { packageTestConfig } from '../../scripts/vitest-package.mjs'

// The integration tests start the built bin as a child process; on a busy machine one run can
// take a few seconds, hence the longer timeout.
export default defineConfig(packageTestConfig({ testTimeout: 30_000 }))
