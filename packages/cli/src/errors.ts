import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  InvalidRequestError,
  PermissionDeniedError,
  RateLimitError,
} from '@openrouter-kit/client'
import { ExitCode } from './exit-codes'

export interface Failure {
  exitCode: ExitCode
  /** One line, no trailing newline, never containing the API key. */
  message: string
}

export interface ErrorContext {
  apiKey: string | undefined
  baseURL: string
}

const MAX_MESSAGE = 300

/**
 * Turns whatever a command threw into an exit code and one line for stderr. The client's error
 * classes are matched with `isInstance`, which also holds across duplicated installs.
 */
export function describeError(error: unknown, context: ErrorContext): Failure {
  const line = (text: string) => ({ message: oneLine(text, context.apiKey) })
  if (AuthenticationError.isInstance(error) || PermissionDeniedError.isInstance(error)) {
    const hint =
      error.status === 401
        ? 'check OPENROUTER_MANAGEMENT_KEY'
        : 'OPENROUTER_MANAGEMENT_KEY must be a management key with access to this workspace'
    return {
      exitCode: ExitCode.Credentials,
      ...line(
        `credentials rejected (${error.status}): ${error.message}; ${hint}${requestId(error)}`,
      ),
    }
  }
  if (RateLimitError.isInstance(error)) {
    const wait = error.retryAfter === undefined ? '' : `; retry after ${error.retryAfter}s`
    return {
      exitCode: ExitCode.Failure,
      ...line(`rate limited (429): ${error.message}${wait}${requestId(error)}`),
    }
  }
  if (APIError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      ...line(`API error ${error.status}: ${error.message}${requestId(error)}`),
    }
  }
  if (APIConnectionTimeoutError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      ...line(`request to ${context.baseURL} timed out: ${error.message}`),
    }
  }
  if (APIConnectionError.isInstance(error)) {
    const cause = error.cause instanceof Error ? `: ${causeMessage(error.cause)}` : ''
    return {
      exitCode: ExitCode.Failure,
      ...line(`could not reach ${context.baseURL}: ${error.message}${cause}`),
    }
  }
  if (InvalidRequestError.isInstance(error)) {
    return { exitCode: ExitCode.Usage, ...line(error.message) }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { exitCode: ExitCode.Failure, ...line(`unexpected error: ${message}`) }
}

function requestId(error: APIError): string {
  return error.requestId ? ` (request id ${error.requestId})` : ''
}

/** undici hides the useful part ("ECONNREFUSED 127.0.0.1:9") in a nested cause. */
function causeMessage(cause: Error): string {
  const inner = cause.cause
  const code = (inner as { code?: unknown } | undefined)?.code
  if (inner instanceof Error)
    return typeof code === 'string' ? `${code} ${inner.message}` : inner.message
  return cause.message
}

/** Collapses whitespace (a server may send a multi-line body), caps length, hides the key. */
export function oneLine(text: string, apiKey: string | undefined): string {
  let result = apiKey ? text.split(apiKey).join('***') : text
  result = result.replace(/\s+/g, ' ').trim()
  return result.length > MAX_MESSAGE ? `${result.slice(0, MAX_MESSAGE - 1)}…` : result
}
