// Size budget: a program that creates a client and calls keys.list, bundled for the browser from
// the built package, minified and gzipped (level 9), must stay under 4 kB.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export const BUDGET = 4096

export async function measure() {
  const result = await build({
    stdin: {
      contents: `import { createOpenRouterClient } from '@openrouter-kit/client'
const client = createOpenRouterClient({ baseURL: '/api/openrouter' })
client.keys.list({ include_disabled: true }).then((page) => console.log(page.data.length))`,
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { minified, gzipped } = await measure()
  console.log(
    `keys.list program: ${minified} B minified, ${gzipped} B gzipped (budget ${BUDGET} B)`,
  )
  if (gzipped >= BUDGET) process.exit(1)
}
