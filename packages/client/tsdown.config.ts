import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', server: 'src/server/index.ts', raw: 'src/raw.ts' },
  }),
)
