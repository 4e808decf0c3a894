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
      ...line(`credentials rejected: ${error.message}; ${hint}${requestId(error)}`),
    }
  }
  if (RateLimitError.isInstance(error)) {
    const wait = error.retryAfter === undefined ? '' : `; retry after ${error.retryAfter}s`
    return {
      exitCode: ExitCode.Failure,
      ...line(`rate limited: ${error.message}${wait}${requestId(error)}`),
    }
  }
  if (APIError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      ...line(`API error: ${error.message}${requestId(error)}`),
    }
  }
  if (APIConnectionTimeoutError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      ...line(`no answer from ${context.baseURL}: ${error.message}`),
    }
  }
  if (APIConnectionError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      ...line(`could not reach ${context.baseURL}: ${rootCause(error)}`),
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

/**
 * The useful part of a connection failure. fetch wraps it twice ("fetch failed" around
 * "connect ECONNREFUSED 127.0.0.1:9"), so the innermost cause is what names the problem.
 */
function rootCause(error: Error): string {
  let deepest: unknown = error
  while (deepest instanceof Error && deepest.cause instanceof Error) deepest = deepest.cause
  const { message, code } = deepest as { message?: string; code?: unknown }
  const codeText = typeof code === 'string' ? code : ''
  if (deepest === error || !message) return codeText || error.message
  return codeText && !message.includes(codeText) ? `${codeText} ${message}` : message
}

/** Collapses whitespace (a server may send a multi-line body), caps length, hides the key. */
export function oneLine(text: string, apiKey: string | undefined): string {
  let result = apiKey ? text.split(apiKey).join('***') : text
  result = result.replace(/\s+/g, ' ').trim()
  return result.length > MAX_MESSAGE ? `${result.slice(0, MAX_MESSAGE - 1)}…` : result
}
