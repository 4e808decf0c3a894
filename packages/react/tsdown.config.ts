import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

export default defineConfig(libraryConfig({ entry: ['src/index.ts'] }))
