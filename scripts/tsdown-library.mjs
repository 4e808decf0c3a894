// One build recipe for every published package: ESM + CJS + declarations for both, so that
// `import` and `require` each get matching types (what attw checks).
/** @param {{ entry: string[] | Record<string, string>, platform?: 'neutral' | 'node' | 'browser' }} options */
export function libraryConfig({ entry, platform = 'neutral' }) {
  return {
    entry,
    format: ['esm', 'cjs'],
    platform,
    target: 'node20',
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    // dependencies and peerDependencies stay external (tsdown's default): the user's bundler dedupes them.
    outExtensions: ({ format }) => ({
      js: format === 'cjs' ? '.cjs' : '.mjs',
      dts: format === 'cjs' ? '.d.cts' : '.d.mts',
    }),
  }
}
