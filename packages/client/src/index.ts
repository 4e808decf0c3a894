// `@openrouter-kit/client`: the ergonomic client, the core and the per-operation functions it is
// built from (import those alone for the smallest bundles), errors and the redaction helper.
export type * from '@openrouter-kit/types'
export {
  createOpenRouterClient,
  inventoryApiKeys,
  type KeyIterable,
  type ListAllOptions,
  type ListAllParams,
  listAllApiKeys,
  type OpenRouterClient,
} from './client'
export { type CallInput, call } from './core/call'
export { type ClientCore, createClientCore } from './core/client-core'
export type { Logger } from './core/logger'
export type { ClientOptions, FetchFunction, RequestOptions, RetryInfo } from './core/options'
export { REDACTED, redactSecrets } from './core/secrets'
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CreateOutcomeUnknownError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  OpenRouterError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  RotationError,
} from './errors'
export * from './generated/operations'
export type { CreateKeyBody } from './keys/create'
export {
  type RetireMode,
  type RotateOptions,
  type RotateResult,
  rotationSuccessorBody,
} from './keys/rotate'
export type { Listing, ListingOptions, PageInfo } from './listing/listing'
