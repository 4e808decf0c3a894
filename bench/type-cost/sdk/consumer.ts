// Lists one page of keys with the official SDK's class, same fields (camelCase there).
import { OpenRouter } from '@openrouter/sdk'

const openRouter = new OpenRouter({
  apiKey: 'sk-or-v1-example',
  serverURL: 'https://openrouter.ai/api/v1',
})
const page = await openRouter.apiKeys.list({ includeDisabled: true, offset: 0 })
export const summary = page.data.map(
  (key) => `${key.name}: ${key.usage} (${key.limit ?? 'no limit'})`,
)
