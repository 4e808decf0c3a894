import { describe, expect, test } from 'vitest'
import { parseGlobalOptions, parseKeysListOptions } from './options'
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
      }),
    ).toEqual({
      includeDisabled: true,
      workspace: '0DF9E665-d932-5740-b2c7-b52af166bc11',
      offset: 100,
      limit: 5,
      format: 'csv',
      columns: ['name', 'usage'],
    })
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

  test.each([
    [{ timeout: '0' }, {}, '--timeout must be a positive integer (milliseconds), got "0"'],
    [{ maxRetries: 'many' }, {}, '--max-retries must be a non-negative integer, got "many"'],
    [{ baseUrl: 'ftp://x' }, {}, '--base-url must be an http(s) URL'],
    [{}, { OPENROUTER_BASE_URL: 'nope' }, 'OPENROUTER_BASE_URL must be an http(s) URL'],
  ])('%j %j -> %s', (raw, env, message) => {
    expect(usage(() => parseGlobalOptions(raw, env))).toContain(message)
  })
})
