// What a program costs a consumer in bytes: esbuild bundles it (minified ESM for ES2022), then
// gzip -9. One helper for the client's size budgets (packages/client/scripts/size.mjs) and the
// bench (bench/size.mjs, bench/surface-size.mjs), so that the budget and the bench count bytes the
// same way and measure the same programs.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const GZIP_LEVEL = 9

/** Gzip -9 bytes of `code` (a string or the bytes of a bundle). */
export function gzipBytes(code) {
  return gzipSync(code, { level: GZIP_LEVEL }).byteLength
}

/**
 * Bundles `contents`, an ES module whose imports resolve from `resolveDir`, minified for
 * `platform`. Further esbuild options (`alias`, `define`, `jsx`, or `minify: false` with finer
 * minify flags) go in `options` and override the defaults. Returns esbuild's output file and
 * metafile, the minified bytes and the gzip -9 bytes.
 */
export async function bundleProgram(
  contents,
  { resolveDir, platform, loader = 'js', sourcefile, ...options },
) {
  const result = await build({
    stdin: { contents, resolveDir, sourcefile, loader },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  })
  const [outputFile] = result.outputFiles
  return {
    outputFile,
    metafile: result.metafile,
    minified: outputFile.contents.byteLength,
    gzip: gzipBytes(outputFile.contents),
  }
}

/**
 * The three programs of @openrouter-kit/client that both the size budgets and the bench measure:
 * list one page of keys with a standalone function, every key operation as standalone functions,
 * and the whole client with one call per namespace. `clientOptions` is the source text of the
 * options object each program passes to the client.
 */
export function clientSizePrograms(clientOptions) {
  return {
    list: `import { createClientCore, listApiKeys } from '@openrouter-kit/client'
const core = createClientCore(${clientOptions})
listApiKeys(core, { include_disabled: true }).then((page) => console.log(page.data.length))`,
    keyOperations: `import { createApiKey, createClientCore, deleteApiKey, getApiKey, getCurrentKey, listAllApiKeys, listApiKeys, updateApiKey } from '@openrouter-kit/client'
const core = createClientCore(${clientOptions})
const { data } = await listApiKeys(core, { include_disabled: true })
for await (const key of listAllApiKeys(core)) console.log(key.hash)
const created = await createApiKey(core, { name: 'ci', limit: 10 })
await getApiKey(core, { hash: created.data.hash })
await updateApiKey(core, { hash: created.data.hash }, { disabled: true })
await deleteApiKey(core, { hash: created.data.hash })
console.log(data.length, (await getCurrentKey(core)).data.label)`,
    fullClient: `import { createOpenRouterClient } from '@openrouter-kit/client'
const client = createOpenRouterClient(${clientOptions})
console.log(await client.keys.list(), await client.workspaces.list(), await client.credits.get(), await client.activity.list())`,
  }
}
