// `@openrouter-kit/types`: the TypeScript types of OpenRouter's API as spec/openapi.yaml
// describes it. Everything here is generated (src/generated/); this file only gathers it.
export type * from './generated/aliases'
export type { components, operations, paths, webhooks } from './generated/openapi'
