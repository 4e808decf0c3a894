// Item: "the mock accepts invalid state and then answers 500 to every request". Whatever goes
// into the state is checked against the spec's ApiKey schema when it goes in, with a TypeError
// naming the field, the value and what was expected; a rejected call changes nothing, so the
// mock keeps answering spec-valid pages.
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { createMockServer, DEFAULT_WORKSPACE_ID } from '../src/index'
import { apiKeyErrors, conformingBody, SPEC_API_KEY } from './spec-validator'
import { listKeys, openPerTest, TRANSPORTS } from './transports'

/** The spec's own example key: valid by definition. */
const VALID_KEY = structuredClone(SPEC_API_KEY.example) as unknown as ApiKey
const withField = (name: string, value: unknown) => ({ ...VALID_KEY, [name]: value }) as ApiKey

const cyclic: Record<string, unknown> = { name: 'loop' }
cyclic.self = cyclic

describe('createMockServer({ keys }) checks every key against the spec', () => {
  it.each<[string, unknown, string]>([
    ['an empty object', [{}], 'keys[0].hash is missing: expected a non-empty string'],
    ['a number', [5], 'keys[0] must be a plain ApiKey object, got 5'],
    ['null', [null], 'keys[0] must be a plain ApiKey object, got null'],
    ['keys that are not an array', { 0: VALID_KEY }, 'keys must be an array of ApiKey objects'],
    [
      'a workspace_id that is a number',
      [withField('workspace_id', 5)],
      'keys[0].workspace_id must be a UUID string, got 5',
    ],
    [
      'a workspace_id that is not a UUID',
      [withField('workspace_id', 'default')],
      'keys[0].workspace_id must be a UUID string, got "default"',
    ],
    [
      'disabled as text',
      [withField('disabled', 'no')],
      'keys[0].disabled must be a boolean, got "no"',
    ],
    ['a numeric hash', [withField('hash', 42)], 'keys[0].hash must be a non-empty string, got 42'],
    ['an empty hash', [withField('hash', '')], 'keys[0].hash must be a non-empty string, got ""'],
    ['NaN usage', [withField('usage', Number.NaN)], 'keys[0].usage must be a number >= 0, got NaN'],
    [
      'negative usage',
      [withField('usage_daily', -1)],
      'keys[0].usage_daily must be a number >= 0, got -1',
    ],
    [
      'infinite BYOK usage',
      [withField('byok_usage', Number.POSITIVE_INFINITY)],
      'keys[0].byok_usage must be a number >= 0, got Infinity',
    ],
    [
      'a limit given as text',
      [withField('limit', '100')],
      'keys[0].limit must be a number >= 0 or null, got "100"',
    ],
    [
      'a created_at that is not ISO 8601',
      [withField('created_at', 'yesterday')],
      'keys[0].created_at must be an ISO 8601 date-time string, got "yesterday"',
    ],
    [
      'a created_at given as a Date',
      [withField('created_at', new Date('2025-08-24T10:30:00Z'))],
      'keys[0].created_at must be an ISO 8601 date-time string, got a Date (2025-08-24T10:30:00.000Z)',
    ],
    [
      'an updated_at on a day that does not exist',
      [withField('updated_at', '2025-02-30T10:30:00Z')],
      'keys[0].updated_at must be an ISO 8601 date-time string or null, got "2025-02-30T10:30:00Z"',
    ],
    [
      'an expires_at as epoch milliseconds',
      [withField('expires_at', 1_767_225_600_000)],
      'keys[0].expires_at must be an ISO 8601 date-time string or null, got 1767225600000',
    ],
    ['a name that is null', [withField('name', null)], 'keys[0].name must be a string, got null'],
    [
      'an unknown field holding a BigInt',
      [withField('future_total', 5n)],
      'keys[0].future_total (a field the spec does not list) must be a JSON value',
    ],
    [
      'an unknown field holding a cycle',
      [withField('meta', cyclic)],
      'keys[0].meta.self (a field the spec does not list) refers back to itself',
    ],
    [
      'an unknown field holding a Map',
      [withField('tags', new Map([['a', 1]]))],
      'keys[0].tags (a field the spec does not list) must be a JSON value (a string, a finite number, a boolean, null, an array or a plain object), got an instance of Map',
    ],
    [
      'an unknown field holding a function',
      [withField('toJSON', () => 'x')],
      'keys[0].toJSON (a field the spec does not list) must be a JSON value',
    ],
    [
      'two keys with one hash',
      [VALID_KEY, withField('name', 'Copy')],
      `keys[1].hash "${VALID_KEY.hash}" is already the hash of keys[0]; hashes must be unique`,
    ],
  ])('rejects %s', (_, keys, message) => {
    const create = () => createMockServer({ keys: keys as ApiKey[] })
    expect(create).toThrow(TypeError)
    expect(create).toThrow(`createMockServer: ${message}`)
  })

  it('keeps fields the spec does not list when they are plain JSON', () => {
    const extended = { ...VALID_KEY, future_field: { nested: [1, 'a', null, true] } }
    const mock = createMockServer({ keys: [extended] })
    expect(mock.listKeys()).toEqual([extended])
  })
})

describe('addKey checks each given field against the spec', () => {
  it.each<[string, unknown, string]>([
    [
      'a numeric workspace_id',
      { workspace_id: 5 },
      'addKey: workspace_id must be a UUID string, got 5',
    ],
    ['disabled as text', { disabled: 'no' }, 'addKey: disabled must be a boolean, got "no"'],
    ['a numeric hash', { hash: 7 }, 'addKey: hash must be a non-empty string, got 7'],
    ['NaN usage', { usage: Number.NaN }, 'addKey: usage must be a number >= 0, got NaN'],
    ['a negative limit', { limit: -5 }, 'addKey: limit must be a number >= 0 or null, got -5'],
    [
      'an expires_at that is not ISO 8601',
      { expires_at: 'next week' },
      'addKey: expires_at must be an ISO 8601 date-time string or null, got "next week"',
    ],
    [
      'a limit_reset that is a number',
      { limit_reset: 30 },
      'addKey: limit_reset must be a string or null, got 30',
    ],
    [
      'an unknown field holding undefined inside an array',
      { notes: [undefined] },
      'addKey: notes[0] (a field the spec does not list) must be a JSON value',
    ],
    [
      'a string instead of an object',
      'My key',
      'addKey: expected an object of ApiKey fields, got "My key"',
    ],
    ['null instead of an object', null, 'addKey: expected an object of ApiKey fields, got null'],
  ])('rejects %s', (_, partial, message) => {
    const mock = createMockServer({ seed: 2 })
    const add = () => mock.addKey(partial as Partial<ApiKey>)
    expect(add).toThrow(TypeError)
    expect(add).toThrow(message)
  })

  it('treats undefined fields as omitted and generates them', () => {
    const mock = createMockServer({ seed: 1 })
    const added = mock.addKey({ name: undefined, workspace_id: undefined })
    expect(typeof added.name).toBe('string')
    expect(added.workspace_id).toBe(DEFAULT_WORKSPACE_ID)
    expect(apiKeyErrors(added)).toEqual([])
  })

  it('does not spend the generator on a rejected call (the next key is the same)', () => {
    const clean = createMockServer({ seed: 1 })
    const rejected = createMockServer({ seed: 1 })
    expect(() => rejected.addKey({ disabled: 'no' as unknown as boolean })).toThrow(TypeError)
    expect(rejected.addKey({ created_at: '2025-01-01T00:00:00Z' })).toEqual(
      clean.addKey({ created_at: '2025-01-01T00:00:00Z' }),
    )
  })
})

describe('the other state methods check their arguments', () => {
  it.each<[string, (mock: ReturnType<typeof createMockServer>) => unknown, string]>([
    [
      'disableKey(5)',
      (mock) => mock.disableKey(5 as unknown as string),
      'disableKey: hash must be a non-empty string, got 5',
    ],
    [
      'removeKey(null)',
      (mock) => mock.removeKey(null as unknown as string),
      'removeKey: hash must be a non-empty string, got null',
    ],
    [
      'listKeys with a numeric workspaceId',
      (mock) => mock.listKeys({ workspaceId: 5 as unknown as string }),
      'listKeys: workspaceId must be a UUID string, got 5',
    ],
    [
      'listKeys with includeDisabled as text',
      (mock) => mock.listKeys({ includeDisabled: 'yes' as unknown as boolean }),
      'listKeys: includeDisabled must be a boolean, got "yes"',
    ],
    [
      'listKeys with a misspelt filter',
      (mock) => mock.listKeys({ workspace: DEFAULT_WORKSPACE_ID } as never),
      'listKeys: unknown filter field "workspace" (expected includeDisabled or workspaceId)',
    ],
  ])('%s throws a TypeError naming the argument', (_, call, message) => {
    const mock = createMockServer({ seed: 1 })
    expect(() => call(mock)).toThrow(TypeError)
    expect(() => call(mock)).toThrow(message)
  })
})

describe('every field of the spec is checked, whatever the spec lists', () => {
  // The field list comes from the spec as the tests read it, not from the mock's copy: a field
  // added to the spec shows up here and must be checked by the mock with no edit to it.
  const fields = Object.entries(SPEC_API_KEY.properties)

  it.each(fields)('%s: a wrong type is rejected by keys and by addKey', (name) => {
    // No ApiKey field is an object, so an object is always the wrong type.
    const wrong = { unexpected: true }
    expect(() => createMockServer({ keys: [withField(name, wrong)] })).toThrow(
      `createMockServer: keys[0].${name} must be `,
    )
    expect(() => createMockServer().addKey({ [name]: wrong })).toThrow(`addKey: ${name} must be `)
  })

  it.each(SPEC_API_KEY.required)('%s: a missing required field is rejected', (name) => {
    const { [name]: _, ...rest } = VALID_KEY as unknown as Record<string, unknown>
    expect(() => createMockServer({ keys: [rest as unknown as ApiKey] })).toThrow(
      `createMockServer: keys[0].${name} is missing: expected `,
    )
  })

  it('accepts nothing that the spec (checked with ajv) rejects', () => {
    const candidates: unknown[] = [
      5,
      -1,
      0,
      1.5,
      Number.NaN,
      '',
      'x',
      '0df9e665-d932-5740-b2c7-b52af166bc11',
      '2025-08-24T10:30:00Z',
      true,
      null,
      [],
      {},
    ]
    let compared = 0
    for (const [name] of fields) {
      for (const value of candidates) {
        const key = withField(name, value)
        const acceptedByMock = (() => {
          try {
            createMockServer({ keys: [key] })
            return true
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError)
            return false
          }
        })()
        if (acceptedByMock) expect(apiKeyErrors(key), `${name} = ${String(value)}`).toEqual([])
        compared++
      }
    }
    expect(compared).toBe(fields.length * candidates.length)
  })
})

describe.each(TRANSPORTS)('after a rejected state change (%s)', (kind) => {
  const open = openPerTest(kind)

  it('still answers 200 with a spec-valid page, unchanged', async () => {
    const { mock, transport } = await open({ seed: 3 })
    const before = await conformingBody(await listKeys(transport, '?include_disabled=true'))
    const badCalls: Array<() => unknown> = [
      () => mock.addKey({ workspace_id: 5 as unknown as string }),
      () => mock.addKey({ disabled: 'no' as unknown as boolean }),
      () => mock.addKey({ hash: {} as unknown as string }),
      () => mock.addKey({ usage: Number.NaN }),
      () => mock.addKey({ created_at: 'today' }),
      () => mock.addKey({ meta: 1n } as unknown as Partial<ApiKey>),
    ]
    for (const call of badCalls) expect(call).toThrow(TypeError)
    const response = await listKeys(transport, '?include_disabled=true')
    expect(response.status).toBe(200)
    expect(await conformingBody(response)).toEqual(before)
  })

  it('serves the fields the spec does not list, and the body still matches the spec', async () => {
    const extended = { ...VALID_KEY, future_field: { rollout: ['a', 1, null] } }
    const { mock, transport } = await open({ keys: [extended] })
    const added = mock.addKey({ name: 'Added', labels: ['ci'] } as Partial<ApiKey>)
    const response = await listKeys(transport)
    expect(response.status).toBe(200)
    expect(await conformingBody(response)).toEqual({ data: [added, extended] })
  })
})
