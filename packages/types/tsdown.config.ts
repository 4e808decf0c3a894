import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

// `index`: types only. `operations`: the generated descriptors and their codecs (runtime code).
export default defineConfig(
  libraryConfig({ entry: { index: 'src/index.ts', operations: 'src/operations/index.ts' } }),
)
