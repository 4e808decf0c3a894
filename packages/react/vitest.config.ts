import { defineConfig } from 'vitest/config'
import { packageTestConfig } from '../../scripts/vitest-package.mjs'

export default defineConfig(packageTestConfig())
