import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

// `bin` is the CLI behind bin/openrouter-mock.mjs (which imports dist/bin.mjs).
export default defineConfig(
  libraryConfig({
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    // Node builtins (node:util in the bin) resolve as externals; nothing else differs.
    platform: 'node',
  }),
)
