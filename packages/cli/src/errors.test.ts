import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  CreateOutcomeUnknownError,
  InternalServerError,
  InvalidRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '@openrouter-kit/client'
import { expect, test } from 'vitest'
import { CommandError } from './command-error'
import { describeError } from './errors'
import { MalformedDataError } from './output/malformed-data-error'
import { makeKey } from './testing/make-key'
import { UsageError } from './usage-error'

const context = { baseURL: 'http://127.0.0.1:9/api/v1' }
const headers = (values: Record<string, string> = {}) =>
  new Headers({ 'x-request-id': 'req_42', ...values })

test('401 and 403 exit 4 with the request id', () => {
  expect(
    describeError(
      new AuthenticationError({
        status: 401,
        message: '401 Invalid credentials',
        headers: headers(),
      }),
      context,
    ),
  ).toEqual({
    exitCode: 4,
    message:
      'credentials rejected: 401 Invalid credentials; check OPENROUTER_MANAGEMENT_KEY (request id req_42)',
  })
  const forbidden = describeError(
    new PermissionDeniedError({ status: 403, message: '403 Forbidden', headers: headers() }),
    context,
  )
  expect(forbidden.exitCode).toBe(4)
  expect(forbidden.message).toContain('must be a management key')
})

test('other API errors exit 1; a 429 says how long to wait', () => {
  expect(
    describeError(
      new InternalServerError({ status: 500, message: '500 Boom', headers: headers() }),
      context,
    ),
  ).toEqual({
    exitCode: 1,
    message: 'API error: 500 Boom (request id req_42)',
  })
  const limited = new RateLimitError({
    status: 429,
    message: '429 Slow down',
    headers: headers({ 'retry-after': '7' }),
  })
  expect(describeError(limited, context).message).toBe(
    'rate limited: 429 Slow down; retry after 7s (request id req_42)',
  )
})

test('network errors name the base URL and the root cause', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
    code: 'ECONNREFUSED',
  })
  const wrapped = new APIConnectionError('Connection error: TypeError: fetch failed', {
    cause: new TypeError('fetch failed', { cause: refused }),
  })
  expect(describeError(wrapped, context)).toEqual({
    exitCode: 1,
    message: 'could not reach http://127.0.0.1:9/api/v1: connect ECONNREFUSED 127.0.0.1:9',
  })
  expect(describeError(new APIConnectionTimeoutError('Timed out after 50 ms'), context)).toEqual({
    exitCode: 1,
    message: 'no answer from http://127.0.0.1:9/api/v1: Timed out after 50 ms',
  })
})

test('bad input caught by the client is a usage error; anything else exits 1', () => {
  expect(describeError(new InvalidRequestError('offset must be >= 0'), context).exitCode).toBe(2)
  expect(describeError(new Error('odd'), context)).toEqual({
    exitCode: 1,
    message: 'unexpected error: odd',
  })
})

test('malformed data from the API exits 1 with one line', () => {
  const malformed = new MalformedDataError('the API sent a key (hash aaaa) whose name is 5')
  expect(describeError(malformed, context)).toEqual({
    exitCode: 1,
    message: 'unexpected response: the API sent a key (hash aaaa) whose name is 5',
  })
})

test('404 exits 3 with the request id', () => {
  const missing = new NotFoundError({ status: 404, message: '404 No such key', headers: headers() })
  expect(describeError(missing, context)).toEqual({
    exitCode: 3,
    message: 'not found: 404 No such key (request id req_42)',
  })
})

test('an unknown create outcome exits 5 and lists the candidates and the delete command', () => {
  const cause = new InternalServerError({
    status: 502,
    message: '502 Bad gateway',
    headers: headers(),
  })
  const candidates = [
    makeKey({ hash: 'a'.repeat(64), name: 'ci' }),
    makeKey({ hash: 'b'.repeat(64), name: 'ci' }),
  ]
  const failure = describeError(
    new CreateOutcomeUnknownError('unknown', candidates, { cause }),
    context,
  )
  expect(failure.exitCode).toBe(5)
  expect(failure.message).toBe(
    'the create may have succeeded (502 Bad gateway); it was not retried',
  )
  expect(failure.details).toContain(`ci (${'a'.repeat(64)}) created 2025-08-24T10:30:00Z`)
  expect(failure.details?.at(-1)).toBe(
    `delete them with: ork keys delete ${'a'.repeat(64)} ${'b'.repeat(64)} --yes`,
  )
  const none = describeError(new CreateOutcomeUnknownError('unknown', [], { cause }), context)
  expect(none.exitCode).toBe(5)
  expect(none.details?.[0]).toContain('run `ork keys list` before creating it again')
})

test("the CLI's own failures keep their exit code and detail lines", () => {
  expect(describeError(new CommandError('no key matches "x"', 3), context)).toEqual({
    exitCode: 3,
    message: 'no key matches "x"',
    details: [],
  })
  expect(describeError(new UsageError('--yes is needed'), context)).toEqual({
    exitCode: 2,
    message: '--yes is needed',
  })
})
