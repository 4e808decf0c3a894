// Size of the whole surface: three programs per library, (a) list one page, (b) every key
// operation (list, list all, create, get, update, delete, current), (c) the full client with one
// call per namespace (keys, workspaces, credits, activity). Bundled like section 1 (esbuild
// bundle + minify, browser), then gzip -9. The baseline of each program is openapi-fetch alone.
import { clientSizePrograms } from '../scripts/lib/bundle-size.mjs'
import { bundleSize } from './size.mjs'

const BASE = "'https://openrouter.ai/api/v1'"
const KEY = 'globalThis.OPENROUTER_MANAGEMENT_KEY'

// The client's own size programs (its budgets measure them too), against the real API.
const ourPrograms = clientSizePrograms(`{ apiKey: ${KEY}, baseURL: ${BASE} }`)

/** Offset loop for the libraries that do not page by themselves. */
const offsetLoop = (listPage) => `
let listed = 0
for (let offset = 0; ; ) {
  const keys = await (${listPage})(offset)
  listed += keys.length
  if (keys.length === 0) break
  offset += keys.length
}
console.log(listed)`

const sources = {
  ours: {
    label: '@openrouter-kit/client (standalone functions)',
    list: ourPrograms.list,
    keyOperations: ourPrograms.keyOperations,
  },
  'ours-client': {
    label: '@openrouter-kit/client (`createOpenRouterClient`)',
    fullClient: ourPrograms.fullClient,
  },
  'sdk-class': {
    label: '@openrouter/sdk (class)',
    list: `import { OpenRouter } from '@openrouter/sdk'
const openRouter = new OpenRouter({ apiKey: ${KEY}, serverURL: ${BASE} })
openRouter.apiKeys.list({ includeDisabled: true }).then((page) => console.log(page.data.length))`,
    keyOperations: `import { OpenRouter } from '@openrouter/sdk'
const openRouter = new OpenRouter({ apiKey: ${KEY}, serverURL: ${BASE} })
const page = await openRouter.apiKeys.list({ includeDisabled: true })
${offsetLoop('async (offset) => (await openRouter.apiKeys.list({ includeDisabled: true, offset })).data')}
const created = await openRouter.apiKeys.create({ requestBody: { name: 'ci', limit: 10 } })
await openRouter.apiKeys.get({ hash: created.data.hash })
await openRouter.apiKeys.update({ hash: created.data.hash, requestBody: { disabled: true } })
await openRouter.apiKeys.delete({ hash: created.data.hash })
console.log(page.data.length, (await openRouter.apiKeys.getCurrentKeyMetadata()).data.label)`,
    fullClient: `import { OpenRouter } from '@openrouter/sdk'
const openRouter = new OpenRouter({ apiKey: ${KEY}, serverURL: ${BASE} })
console.log(await openRouter.apiKeys.list(), await openRouter.workspaces.list(), await openRouter.credits.getCredits(), await openRouter.analytics.getUserActivity())`,
  },
  'sdk-function': {
    label: '@openrouter/sdk (standalone functions)',
    list: `import { OpenRouterCore } from '@openrouter/sdk/core.js'
import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js'
const core = new OpenRouterCore({ apiKey: ${KEY}, serverURL: ${BASE} })
apiKeysList(core, { includeDisabled: true }).then((result) => console.log(result.ok && result.value.data.length))`,
    keyOperations: `import { OpenRouterCore } from '@openrouter/sdk/core.js'
import { apiKeysCreate } from '@openrouter/sdk/funcs/apiKeysCreate.js'
import { apiKeysDelete } from '@openrouter/sdk/funcs/apiKeysDelete.js'
import { apiKeysGet } from '@openrouter/sdk/funcs/apiKeysGet.js'
import { apiKeysGetCurrentKeyMetadata } from '@openrouter/sdk/funcs/apiKeysGetCurrentKeyMetadata.js'
import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js'
import { apiKeysUpdate } from '@openrouter/sdk/funcs/apiKeysUpdate.js'
const core = new OpenRouterCore({ apiKey: ${KEY}, serverURL: ${BASE} })
const unwrap = (result) => { if (!result.ok) throw result.error; return result.value }
const page = unwrap(await apiKeysList(core, { includeDisabled: true }))
${offsetLoop('async (offset) => unwrap(await apiKeysList(core, { includeDisabled: true, offset })).data')}
const created = unwrap(await apiKeysCreate(core, { requestBody: { name: 'ci', limit: 10 } }))
unwrap(await apiKeysGet(core, { hash: created.data.hash }))
unwrap(await apiKeysUpdate(core, { hash: created.data.hash, requestBody: { disabled: true } }))
unwrap(await apiKeysDelete(core, { hash: created.data.hash }))
console.log(page.data.length, unwrap(await apiKeysGetCurrentKeyMetadata(core)).data.label)`,
  },
  'openapi-fetch': {
    label: 'openapi-fetch alone',
    baseline: true,
    list: `import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: ${BASE}, headers: { Authorization: \`Bearer \${${KEY}}\` } })
const { data, error, response } = await client.GET('/keys', { params: { query: { include_disabled: true } } })
if (error) throw new Error(\`GET /keys failed with HTTP \${response.status}\`)
console.log(data.data.length)`,
    keyOperations: `import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: ${BASE}, headers: { Authorization: \`Bearer \${${KEY}}\` } })
const check = ({ data, error, response }) => { if (error) throw new Error(\`HTTP \${response.status}\`); return data }
const page = check(await client.GET('/keys', { params: { query: { include_disabled: true } } }))
${offsetLoop("async (offset) => check(await client.GET('/keys', { params: { query: { include_disabled: true, offset } } })).data")}
const created = check(await client.POST('/keys', { body: { name: 'ci', limit: 10 } }))
const path = { params: { path: { hash: created.data.hash } } }
check(await client.GET('/keys/{hash}', path))
check(await client.PATCH('/keys/{hash}', { ...path, body: { disabled: true } }))
check(await client.DELETE('/keys/{hash}', path))
console.log(page.data.length, check(await client.GET('/key')).data.label)`,
    fullClient: `import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: ${BASE}, headers: { Authorization: \`Bearer \${${KEY}}\` } })
console.log(await client.GET('/keys'), await client.GET('/workspaces'), await client.GET('/credits'), await client.GET('/activity'))`,
  },
}

export const SURFACE_PROGRAMS = {
  list: '(a) list one page',
  keyOperations: '(b) every key operation',
  fullClient: '(c) full client, one call per namespace',
}

/** @param {{ ready: Record<string, boolean> }} context */
export async function measureSurfaceSize({ ready }) {
  const programs = []
  for (const [program, programLabel] of Object.entries(SURFACE_PROGRAMS)) {
    for (const [id, source] of Object.entries(sources)) {
      if (!source[program]) continue
      const ours = id.startsWith('ours')
      if (ours && !ready['@openrouter-kit/client']) continue
      const size = await bundleSize(source[program], {
        platform: 'browser',
        name: `surface-${program}-${id}`,
      })
      programs.push({
        program,
        id,
        label: `${programLabel}, ${source.label}`,
        library: source.label,
        ours,
        baseline: Boolean(source.baseline),
        minified: size.minified,
        gzip: size.gzip,
      })
    }
  }
  return { programs }
}
