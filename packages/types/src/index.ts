// Friendly names for the generated OpenAPI types. The generated file is the source of truth;
// these aliases only point into it, so a spec change flows through them without edits here.
import type { components, operations } from './generated/openapi'

export type { components, operations, paths, webhooks } from './generated/openapi'

/** One API key as `GET /keys` returns it. */
export type ApiKey = components['schemas']['ApiKey']

/** The 200 body of `GET /keys`: `{ data: ApiKey[] }`. */
export type ListApiKeysResponse = components['schemas']['ListApiKeysResponse']

/** The query parameters of `GET /keys`, all optional. */
export type ListApiKeysParams = NonNullable<operations['listApiKeys']['parameters']['query']>

/** The JSON error body OpenRouter sends with 4xx/5xx responses: `{ error: { code, message } }`. */
export type OpenRouterErrorBody =
  | components['schemas']['UnauthorizedResponse']
  | components['schemas']['TooManyRequestsResponse']
  | components['schemas']['InternalServerResponse']
