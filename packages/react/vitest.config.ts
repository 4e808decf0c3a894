import { defineConfig } from 'vitest/config'
import { packageTestConfig } from '../../scripts/vitest-package.mjs'

// Hooks render in happy-dom; the client still makes real HTTP requests to the mock on 127.0.0.1.
export default defineConfig(packageTestConfig({ environment: 'happy-dom' }))
