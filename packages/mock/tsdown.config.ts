import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

// `bin` is the CLI behind bin/openrouter-mock.mjs (which imports dist/bin.mjs).
export default defineConfig({
  ...libraryConfig({
    entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
    // Node builtins (node:util in the bin) resolve as externals; nothing else differs.
    platform: 'node',
  }),
  // The spec's schemas are inlined at build time (api-key-schema.ts checks stored keys against
  // components.schemas.ApiKey): a runtime JSON import would need import attributes in ESM,
  // which not every Node 20 release or test bundler handles alike.
  // @noble/hashes (SHA-256 of key secrets) is bundled too: a few kB, and users install nothing.
  deps: { alwaysBundle: ['@openrouter-kit/types/openapi.json', /^@noble\/hashes/] },
})
