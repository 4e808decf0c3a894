// Size budgets, checked by this package's test script: programs bundled for the browser from the
// built package with esbuild, minified and gzipped (level 9).
//   list-keys          createClientCore + listApiKeys (one standalone operation function)
//   every key op       list, listAll, create, get, update, delete, current as standalone functions
//   whole client       createOpenRouterClient, one method of each namespace (all ten operations)
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export const PROGRAMS = {
  'list-keys': {
    budget: 6100,
    contents: `import { createClientCore, listApiKeys } from '@openrouter-kit/client'
const core = createClientCore({ baseURL: '/api/openrouter' })
listApiKeys(core, { include_disabled: true }).then((page) => console.log(page.data.length))`,
  },
  'every key operation': {
    budget: 8400,
    contents: `import { createApiKey, createClientCore, deleteApiKey, getApiKey, getCurrentKey, listAllApiKeys, listApiKeys, updateApiKey } from '@openrouter-kit/client'
const core = createClientCore({ baseURL: '/api/openrouter' })
const { data } = await listApiKeys(core, { include_disabled: true })
for await (const key of listAllApiKeys(core)) console.log(key.hash)
const created = await createApiKey(core, { name: 'ci', limit: 10 })
await getApiKey(core, { hash: created.data.hash })
await updateApiKey(core, { hash: created.data.hash }, { disabled: true })
await deleteApiKey(core, { hash: created.data.hash })
console.log(data.length, (await getCurrentKey(core)).data.label)`,
  },
  'whole client': {
    budget: 10400,
    contents: `import { createOpenRouterClient } from '@openrouter-kit/client'
const client = createOpenRouterClient({ baseURL: '/api/openrouter' })
console.log(await client.keys.list(), await client.workspaces.list(), await client.credits.get(), await client.activity.list())`,
  },
}

/** Minified and gzipped bytes of one program. */
export async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = false
  for (const [name, { budget, contents }] of Object.entries(PROGRAMS)) {
    const { minified, gzipped } = await measure(contents)
    const verdict = gzipped <= budget ? 'ok' : 'OVER BUDGET'
    console.log(
      `${name}: ${minified} B minified, ${gzipped} B gzipped (budget ${budget} B) ${verdict}`,
    )
    if (gzipped > budget) over = true
  }
  if (over) process.exit(1)
}
