import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  AuthenticationError,
  CreateOutcomeUnknownError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@openrouter-kit/client'
import type { ApiKey } from '@openrouter-kit/types'
import { CommandError } from './command-error'
import { ExitCode } from './exit-codes'
import { MalformedDataError } from './output/malformed-data-error'
import { UsageError } from './usage-error'

export interface Failure {
  exitCode: ExitCode
  /**
   * What went wrong, for one `error:` line. It may quote the server (and so hold anything, the
   * key included): the reporter (report.ts) redacts, sanitises and shortens it when it is printed.
   */
  message: string
  /** Lines printed after the error line (candidate keys, matches, a command to run). */
  details?: readonly string[]
}

export interface ErrorContext {
  baseURL: string
}

/**
 * Turns whatever a command threw into an exit code and the text of its error line. The client's
 * error classes are matched with `isInstance`, which also holds across duplicated installs.
 */
export function describeError(error: unknown, context: ErrorContext): Failure {
  if (error instanceof CommandError) {
    return { exitCode: error.exitCode, message: error.message, details: error.details }
  }
  if (error instanceof UsageError) return { exitCode: ExitCode.Usage, message: error.message }
  if (CreateOutcomeUnknownError.isInstance(error)) return outcomeUnknown(error)
  if (AuthenticationError.isInstance(error) || PermissionDeniedError.isInstance(error)) {
    const hint =
      error.status === 401
        ? 'check OPENROUTER_MANAGEMENT_KEY'
        : 'OPENROUTER_MANAGEMENT_KEY must be a management key with access to this workspace'
    return {
      exitCode: ExitCode.Credentials,
      message: `credentials rejected: ${error.message}; ${hint}${requestId(error)}`,
    }
  }
  if (RateLimitError.isInstance(error)) {
    const wait = error.retryAfter === undefined ? '' : `; retry after ${error.retryAfter}s`
    return {
      exitCode: ExitCode.Failure,
      message: `rate limited: ${error.message}${wait}${requestId(error)}`,
    }
  }
  if (NotFoundError.isInstance(error)) {
    return {
      exitCode: ExitCode.NotFound,
      message: `not found: ${error.message}${requestId(error)}`,
    }
  }
  if (APIError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      message: `API error: ${error.message}${requestId(error)}`,
    }
  }
  if (APIConnectionTimeoutError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      message: `no answer from ${context.baseURL}: ${error.message}`,
    }
  }
  if (APIConnectionError.isInstance(error)) {
    return {
      exitCode: ExitCode.Failure,
      message: `could not reach ${context.baseURL}: ${rootCause(error)}`,
    }
  }
  if (InvalidRequestError.isInstance(error)) {
    // Bad input the client caught before sending anything, at creation (a base URL or timeout
    // it refuses) or per call: a usage error, like a bad flag.
    return { exitCode: ExitCode.Usage, message: error.message }
  }
  if (error instanceof MalformedDataError) {
    return { exitCode: ExitCode.Failure, message: `unexpected response: ${error.message}` }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { exitCode: ExitCode.Failure, message: `unexpected error: ${message}` }
}

/**
 * A create whose answer never came: the key may exist. The candidates (keys with that name
 * created since the attempt) are listed with the command that deletes them; nothing is retried,
 * because a second create could leave a second key with a budget and no known secret.
 */
function outcomeUnknown(error: CreateOutcomeUnknownError): Failure {
  const candidates: readonly ApiKey[] = error.candidates
  const cause = error.cause instanceof Error ? error.cause.message : 'no answer'
  const message = `the create may have succeeded (${cause}); it was not retried`
  if (candidates.length === 0) {
    return {
      exitCode: ExitCode.OutcomeUnknown,
      message,
      details: [
        'no key with that name was created since the attempt, as far as the listing shows: run `ork keys list` before creating it again',
      ],
    }
  }
  return {
    exitCode: ExitCode.OutcomeUnknown,
    message,
    details: [
      `candidate keys (their secret cannot be recovered):`,
      ...candidates.map((key) => `${key.name} (${key.hash}) created ${key.created_at}`),
      `delete them with: ork keys delete ${candidates.map((key) => key.hash).join(' ')} --yes`,
    ],
  }
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
