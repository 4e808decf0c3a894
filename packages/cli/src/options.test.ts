import { describe, expect, test } from 'vitest'
import { MAX_TIMER_MS, maskCredentials, parseGlobalOptions, parseKeysListOptions } from './options'
import { UsageError } from './usage-error'

const usage = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError)
    return (error as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('parseKeysListOptions', () => {
  test('defaults', () => {
    expect(parseKeysListOptions({})).toEqual({
      includeDisabled: false,
      workspace: undefined,
      offset: undefined,
      limit: undefined,
      format: 'table',
      columns: undefined,
      csvRaw: false,
      allWorkspaces: false,
      filters: { expired: false, expiringWithinMs: undefined, overLimit: false, sort: undefined },
    })
  })

  test('converts every flag', () => {
    expect(
      parseKeysListOptions({
        includeDisabled: true,
        workspace: '0DF9E665-d932-5740-b2c7-b52af166bc11',
        offset: '100',
        limit: '5',
        format: 'csv',
        columns: 'name, usage,name',
        expired: true,
        expiringWithin: '12h',
        overLimit: true,
        sort: 'usage:desc',
      }),
    ).toEqual({
      includeDisabled: true,
      workspace: '0DF9E665-d932-5740-b2c7-b52af166bc11',
      offset: 100,
      limit: 5,
      format: 'csv',
      columns: ['name', 'usage'],
      csvRaw: false,
      allWorkspaces: false,
      filters: {
        expired: true,
        expiringWithinMs: 12 * 3_600_000,
        overLimit: true,
        sort: { column: 'usage', direction: 'desc' },
      },
    })
  })

  test('--csv-raw with csv', () => {
    expect(parseKeysListOptions({ format: 'csv', csvRaw: true }).csvRaw).toBe(true)
  })

  test('--json is --format json', () => {
    expect(parseKeysListOptions({ json: true }).format).toBe('json')
    expect(parseKeysListOptions({ json: true, format: 'json' }).format).toBe('json')
  })

  test.each([
    [{ offset: 'abc' }, '--offset must be a non-negative integer, got "abc"'],
    [{ offset: '-1' }, '--offset must be a non-negative integer, got "-1"'],
    [{ offset: '1.5' }, '--offset must be a non-negative integer, got "1.5"'],
    [{ limit: '0' }, '--limit must be a positive integer, got "0"'],
    [{ limit: '1e3' }, '--limit must be a positive integer, got "1e3"'],
    [{ format: 'xml' }, '--format must be one of table, json, jsonl, csv, got "xml"'],
    [{ json: true, format: 'csv' }, '--json means --format json and conflicts with --format csv'],
    [{ workspace: 'default' }, '--workspace must be a UUID'],
    [{ columns: 'name,colour' }, '--columns got unknown column "colour"; expected some of name,'],
    [{ columns: ',' }, '--columns must be a comma-separated list of columns'],
    [{ columns: 'name', format: 'json' }, '--columns applies to table and csv output only'],
    [{ csvRaw: true }, '--csv-raw applies to csv output only, not table'],
    [{ csvRaw: true, json: true }, '--csv-raw applies to csv output only, not json'],
  ])('%j -> %s', (raw, message) => {
    expect(usage(() => parseKeysListOptions(raw))).toContain(message)
  })
})

describe('parseGlobalOptions', () => {
  test('converts numbers and takes the base URL from the flag, then the environment', () => {
    expect(parseGlobalOptions({ timeout: '500', maxRetries: '0', debug: true }, {})).toEqual({
      baseUrl: undefined,
      timeout: 500,
      maxRetries: 0,
      debug: true,
    })
    const env = { OPENROUTER_BASE_URL: 'http://127.0.0.1:1/api/v1' }
    expect(parseGlobalOptions({}, env).baseUrl).toBe('http://127.0.0.1:1/api/v1')
    expect(parseGlobalOptions({ baseUrl: 'https://example.test/v1' }, env).baseUrl).toBe(
      'https://example.test/v1',
    )
  })

  test('--timeout: whole milliseconds; beyond what a timer holds, or Infinity, is no timeout', () => {
    const timeout = (value: string) => parseGlobalOptions({ timeout: value }, {}).timeout
    expect(timeout('1')).toBe(1)
    expect(timeout(' 500 ')).toBe(500)
    expect(timeout('2147483647')).toBe(MAX_TIMER_MS)
    expect(timeout('2147483648')).toBe(Number.POSITIVE_INFINITY)
    expect(timeout('9'.repeat(400))).toBe(Number.POSITIVE_INFINITY)
    expect(timeout('Infinity')).toBe(Number.POSITIVE_INFINITY)
    expect(MAX_TIMER_MS).toBe(2 ** 31 - 1)
  })

  test.each([
    '0',
    '00',
    '-5',
    '-1',
    'NaN',
    'abc',
    '1.5',
    '1e3',
    '0x10',
    '',
    ' ',
    '-Infinity',
    'infinite',
  ])('--timeout %j is a usage error', (value) => {
    expect(usage(() => parseGlobalOptions({ timeout: value }, {}))).toBe(
      `--timeout must be a positive integer (milliseconds) or Infinity, got ${JSON.stringify(value)}`,
    )
  })

  test.each([
    [
      'https://alice:hunter2@example.test/api/v1',
      'must not contain credentials',
      'https://***@example.test/api/v1',
    ],
    ['https://hunter2@example.test/', 'must not contain credentials', 'https://***@example.test/'],
    [
      'http://:hunter2@127.0.0.1:8080/v1',
      'must not contain credentials',
      'http://***@127.0.0.1:8080/v1',
    ],
    ['alice:hunter2@example.test', 'must be an http(s) URL', '***@example.test'],
    [' https://alice:hunter2@example.test', 'must be an http(s) URL', '***@example.test'],
    ['https://alice:hun ter2@example.test', 'must be an http(s) URL', 'https://***@example.test'],
  ])('base URL %j: credentials are refused and never echoed', (value, problem, masked) => {
    for (const [raw, env, source] of [
      [{ baseUrl: value }, {}, '--base-url'],
      [{}, { OPENROUTER_BASE_URL: value }, 'OPENROUTER_BASE_URL'],
    ] as const) {
      const message = usage(() => parseGlobalOptions(raw, env))
      expect(message).toContain(`${source} ${problem}`)
      expect(message).toContain(masked)
      expect(message).not.toContain('hunter2')
      expect(message).not.toContain('alice')
    }
  })

  test.each([
    ['example.test/api/v1', 'must be an http(s) URL'],
    ['https://example.test/api v1', 'must be an http(s) URL'],
    ['https://exa mple.test/', 'must be an http(s) URL'],
    [' https://example.test/api/v1', 'must be an http(s) URL'],
    ['https://example.test/api/v1\n', 'must be an http(s) URL'],
    ['https://example.test/api/v1?x=1', 'must not have a query string or fragment'],
    ['https://example.test/api/v1?', 'must not have a query string or fragment'],
    ['https://example.test/api/v1#top', 'must not have a query string or fragment'],
    ['https://example.test/api/v1//', 'must not end in "//"'],
  ])('base URL %j is a usage error: %s', (value, problem) => {
    const message = usage(() => parseGlobalOptions({ baseUrl: value }, {}))
    expect(message).toContain(`--base-url ${problem}`)
    expect(message).toContain(`got ${JSON.stringify(value)}`)
  })

  test('an @ in the path is not taken for credentials', () => {
    expect(parseGlobalOptions({ baseUrl: 'https://example.test/@team/v1' }, {}).baseUrl).toBe(
      'https://example.test/@team/v1',
    )
    expect(maskCredentials('https://example.test/@team/v1')).toBe('https://example.test/@team/v1')
  })

  test.each([
    [
      { timeout: '0' },
      {},
      '--timeout must be a positive integer (milliseconds) or Infinity, got "0"',
    ],
    [{ maxRetries: 'many' }, {}, '--max-retries must be a non-negative integer, got "many"'],
    [{ baseUrl: 'ftp://x' }, {}, '--base-url must be an http(s) URL'],
    [{}, { OPENROUTER_BASE_URL: 'nope' }, 'OPENROUTER_BASE_URL must be an http(s) URL'],
  ])('%j %j -> %s', (raw, env, message) => {
    expect(usage(() => parseGlobalOptions(raw, env))).toContain(message)
  })
})
