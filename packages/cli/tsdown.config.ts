import { defineConfig } from 'tsdown'
import { libraryConfig } from '../../scripts/tsdown-library.mjs'

// One build for both entries so that they share chunks: `index` (the programmatic `run`) and
// `bin` (the executable that bin/ork.mjs imports). The command code and the client are split
// into chunks loaded on demand, which keeps `ork --help` and `ork --version` fast.
// commander is bundled in (it is a devDependency): resolving and loading it from node_modules as
// CommonJS cost about 10-20 ms more on every start (measured: README, "Startup").
// string-width (with its own small dependencies) is bundled the same way, so users install
// nothing more; only the command chunks import it, never the `--help` / `--version` path.
export default defineConfig({
  ...libraryConfig({ entry: { index: 'src/index.ts', bin: 'src/bin.ts' }, platform: 'node' }),
  noExternal: ['commander', 'string-width', 'get-east-asian-width', 'strip-ansi', 'ansi-regex'],
})
