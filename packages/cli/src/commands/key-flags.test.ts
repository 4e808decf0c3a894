import { describe, expect, test } from 'vitest'
import { UsageError } from '../usage-error'
import { parseKeysCreateOptions, parseKeysRotateOptions, parseKeysUpdateOptions } from './key-flags'

const NOW = Date.parse('2026-01-01T00:00:00Z')

describe('parseKeysCreateOptions', () => {
  test('every flag, converted to the body the API takes', () => {
    expect(
      parseKeysCreateOptions(
        {
          name: 'ci',
          spendLimit: '12.5',
          limitReset: 'monthly',
          includeByokInLimit: true,
          expiresAt: '+12h',
          workspace: '0df9e665-d932-5740-b2c7-b52af166bc11',
        },
        NOW,
      ).body,
    ).toEqual({
      name: 'ci',
      limit: 12.5,
      limit_reset: 'monthly',
      include_byok_in_limit: true,
      expires_at: '2026-01-01T12:00:00.000Z',
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    })
  })

  test('--expires-at: +<n>d from now, or an ISO time in the future', () => {
    expect(parseKeysCreateOptions({ name: 'a', expiresAt: '+30d' }, NOW).body.expires_at).toBe(
      '2026-01-31T00:00:00.000Z',
    )
    expect(
      parseKeysCreateOptions({ name: 'a', expiresAt: '2027-12-31T23:59:59Z' }, NOW).body.expires_at,
    ).toBe('2027-12-31T23:59:59Z')
    expect(() => parseKeysCreateOptions({ name: 'a', expiresAt: '+3w' }, NOW)).toThrow(
      '--expires-at must be an ISO 8601 date-time in UTC such as 2027-12-31T23:59:59Z or +<n>d / +<n>h from now, got "+3w"',
    )
  })

  test('--spend-limit "null" is refused (no limit is the default)', () => {
    expect(() => parseKeysCreateOptions({ name: 'a', spendLimit: 'null' })).toThrow(UsageError)
  })

  test('--name is required; --json and --format table conflict', () => {
    expect(() => parseKeysCreateOptions({})).toThrow('--name is required')
    expect(() => parseKeysCreateOptions({ name: 'a', json: true, format: 'table' })).toThrow(
      '--json means --format json',
    )
  })
})

describe('parseKeysUpdateOptions', () => {
  test('--no-spend-limit and --limit-reset none send null; --no-include-byok-in-limit false', () => {
    expect(
      parseKeysUpdateOptions({ spendLimit: false, limitReset: 'none', includeByokInLimit: false })
        .patch,
    ).toEqual({ limit: null, limit_reset: null, include_byok_in_limit: false })
  })
})

describe('parseKeysRotateOptions', () => {
  test('--retire defaults to keep', () => {
    expect(parseKeysRotateOptions({}).retire).toBe('keep')
    expect(parseKeysRotateOptions({ retire: 'delete' }).retire).toBe('delete')
  })
})
