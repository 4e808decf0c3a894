import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSPACE_ID, MOCK_MANAGEMENT_KEY, OTHER_WORKSPACE_ID } from './constants'
import { createMockServer, type MockServerOptions } from './server'

describe('createMockServer', () => {
  it('generates `seed` keys in the default workspace plus a few in a second one', () => {
    const mock = createMockServer({ seed: 40 })
    expect(mock.listKeys({ includeDisabled: true })).toHaveLength(40)
    const other = mock.listKeys({ includeDisabled: true, workspaceId: OTHER_WORKSPACE_ID })
    expect(other.length).toBeGreaterThanOrEqual(2)
    expect(mock.listKeys().every((key) => !key.disabled)).toBe(true)
  })

  it('is reproducible for a randomSeed and different for another', () => {
    const a = createMockServer({ randomSeed: 5 }).listKeys({ includeDisabled: true })
    const b = createMockServer({ randomSeed: 5 }).listKeys({ includeDisabled: true })
    const c = createMockServer({ randomSeed: 6 }).listKeys({ includeDisabled: true })
    expect(b).toEqual(a)
    expect(c).not.toEqual(a)
  })

  it('returns copies: mutating a listed key does not change the state', () => {
    const mock = createMockServer({ seed: 1 })
    const [key] = mock.listKeys({ includeDisabled: true })
    if (!key) throw new Error('expected a key')
    key.name = 'mutated'
    expect(mock.listKeys({ includeDisabled: true })[0]?.name).not.toBe('mutated')
  })

  it('addKey puts the new key first in its workspace and rejects duplicate hashes', () => {
    const mock = createMockServer({ seed: 2 })
    const added = mock.addKey({ workspace_id: OTHER_WORKSPACE_ID })
    expect(mock.listKeys({ workspaceId: OTHER_WORKSPACE_ID })[0]).toEqual(added)
    expect(mock.listKeys({ workspaceId: DEFAULT_WORKSPACE_ID })).not.toContainEqual(added)
    expect(() => mock.addKey({ hash: added.hash })).toThrow(/already exists/)
  })

  it('names the hash when disabling or removing an unknown key', () => {
    const mock = createMockServer()
    expect(() => mock.disableKey('abc')).toThrow('disableKey: no key with hash "abc"')
    expect(() => mock.removeKey('abc')).toThrow('removeKey: no key with hash "abc"')
  })

  it.each<[unknown, RegExp]>([
    [{ seed: -1 }, /seed must be an integer >= 0, got -1/],
    [{ pageSize: 0 }, /pageSize must be an integer >= 1/],
    [{ randomSeed: 1.5 }, /randomSeed must be an integer/],
    [{ managementKeys: [] }, /managementKeys must be a non-empty array/],
    [{ keys: [], seed: 3 }, /either keys or seed/],
    [{ faults: [{ status: 42 }] }, /faults\[0\]\.status/],
    [{ chaos: { rate: -1 } }, /chaos\.rate/],
    [{ requestLogLimit: -1 }, /requestLogLimit must be an integer >= 0, got -1/],
    [{ requestLogLimit: 1.5 }, /requestLogLimit must be an integer >= 0, got 1\.5/],
    [{ requestLogLimit: Number.NaN }, /requestLogLimit must be an integer >= 0, got NaN/],
    [{ requestLogLimit: '10' }, /requestLogLimit must be an integer >= 0, got "10"/],
    [{ pagesize: 10 }, /unknown option "pagesize" \(expected one of keys, seed, /],
    [{ faults: { status: 500 } }, /faults: expected an array of faults/],
    [{ keys: 'none' }, /keys must be an array of ApiKey objects, got "none"/],
  ])('rejects bad options %j with a TypeError', (options, message) => {
    const create = () => createMockServer(options as MockServerOptions)
    expect(create).toThrow(TypeError)
    expect(create).toThrow(message)
  })

  it('does not leak management keys into option errors', () => {
    expect(() => createMockServer({ managementKeys: ['sk-or-v1-secret', ''] })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-or-v1-secret') }),
    )
  })

  it('rejects a bad listen port before binding', async () => {
    await expect(createMockServer().listen({ port: 70000 })).rejects.toThrow(
      'listen: port must be an integer 0-65535, got 70000',
    )
  })

  it('accepts the documented default key', async () => {
    const response = await createMockServer().fetch('http://mock.test/api/v1/keys', {
      headers: { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` },
    })
    expect(response.status).toBe(200)
  })
})
