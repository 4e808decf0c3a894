export type { ApiKey, ListApiKeysParams, ListApiKeysResponse } from '@openrouter-kit/types'
export {
  createOpenRouterClient,
  type ListAllOptions,
  type ListAllParams,
  type OpenRouterClient,
} from './client'
export type { ClientOptions, RequestOptions } from './config'
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  OpenRouterError,
  PermissionDeniedError,
  RateLimitError,
} from './errors'
export type { Logger } from './logger'
export type { KeyIterable, PageInfo } from './pagination'
