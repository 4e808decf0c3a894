// Lists one page of keys with openapi-fetch alone and the generated `paths`, same fields.
import type { paths } from '@openrouter-kit/types'
import createClient from 'openapi-fetch'

const client = createClient<paths>({
  baseUrl: 'https://openrouter.ai/api/v1',
  headers: { Authorization: 'Bearer sk-or-v1-example' },
})
const { data, error } = await client.GET('/keys', {
  params: { query: { include_disabled: true, offset: 0 } },
})
if (error) throw new Error(error.error.message)
export const summary = data.data.map(
  (key) => `${key.name}: ${key.usage} (${key.limit ?? 'no limit'})`,
)
