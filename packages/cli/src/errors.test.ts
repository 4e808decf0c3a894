import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  InternalServerError,
  InvalidRequestError,
  PermissionDeniedError,
  RateLimitError,
} from '@openrouter-kit/client'
import { expect, test } from 'vitest'
import { describeError, oneLine } from './errors'

const context = { apiKey: 'sk-or-v1-secret', baseURL: 'http://127.0.0.1:9/api/v1' }
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

test('messages are one line and never carry the key', () => {
  const echoed = new InternalServerError({
    status: 500,
    message: '500 bad key sk-or-v1-secret\n  at line 2',
    headers: headers(),
  })
  const { message } = describeError(echoed, context)
  expect(message).toBe('API error: 500 bad key *** at line 2 (request id req_42)')
  expect(oneLine('x'.repeat(400), undefined)).toHaveLength(300)
})
