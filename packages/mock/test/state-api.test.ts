// The state API a test drives the mock with, in-process: each method's effect, and a TypeError
// naming the bad argument (changing nothing) for each kind of bad call.
import type { ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import {
  createMockServer,
  DEFAULT_WORKSPACE_ID,
  type MockServer,
  type MockServerOptions,
  OTHER_WORKSPACE_ID,
} from '../src/index'
import { apiKeyErrors, componentErrors } from './spec-validator'

const NOW = '2026-03-11T10:00:00Z'

describe('updateKey and getKey', () => {
  it('changes the given fields, sets updated_at, recomputes limit_remaining', () => {
    const mock = createMockServer({ now: NOW })
    const key = mock.addKey({ name: 'Budget', limit: 20, limit_reset: null, usage: 5 })
    expect(key.limit_remaining).toBe(15)
    const updated = mock.updateKey(key.hash, { usage: 18, name: 'Budget (renamed)' })
    expect(updated).toEqual({
      ...key,
      usage: 18,
      name: 'Budget (renamed)',
      limit_remaining: 2,
      updated_at: NOW,
    })
    expect(mock.getKey(key.hash)).toEqual(updated)
    expect(apiKeyErrors(updated)).toEqual([])
    // What is given wins.
    expect(mock.updateKey(key.hash, { limit_remaining: 7, updated_at: null })).toMatchObject({
      limit_remaining: 7,
      updated_at: null,
    })
    expect(mock.getKey('0'.repeat(64))).toBeUndefined()
  })

  it('enables a disabled key again, back in its place in the listing', () => {
    const mock = createMockServer({ seed: 5 })
    const listing = mock.listKeys({ includeDisabled: true })
    const middle = listing[2] as ApiKey
    mock.disableKey(middle.hash)
    expect(mock.listKeys().map(({ hash }) => hash)).not.toContain(middle.hash)
    mock.updateKey(middle.hash, { disabled: false })
    const enabled = mock.listKeys().map(({ hash }) => hash)
    expect(enabled).toEqual(
      mock
        .listKeys({ includeDisabled: true })
        .filter(({ disabled }) => !disabled)
        .map(({ hash }) => hash),
    )
    expect(enabled).toContain(middle.hash)
  })

  it.each<[string, (mock: MockServer, hash: string) => unknown, string]>([
    [
      'an unknown hash',
      (mock) => mock.updateKey('abc', { name: 'x' }),
      'updateKey: no key with hash "abc"',
    ],
    [
      'a hash change',
      (mock, hash) => mock.updateKey(hash, { hash: 'other' }),
      'updateKey: hash identifies the key and cannot change; remove the key and add a new one',
    ],
    [
      'a workspace change',
      (mock, hash) => mock.updateKey(hash, { workspace_id: OTHER_WORKSPACE_ID }),
      'updateKey: workspace_id identifies the key and cannot change',
    ],
    [
      'a bad type',
      (mock, hash) => mock.updateKey(hash, { limit: -1 }),
      'updateKey: limit must be a number >= 0 or null, got -1',
    ],
    [
      'getKey(5)',
      (mock) => mock.getKey(5 as never),
      'getKey: hash must be a non-empty string, got 5',
    ],
  ])('rejects %s and changes nothing', (_, run, message) => {
    const mock = createMockServer({ seed: 2 })
    const before = mock.listKeys({ includeDisabled: true })
    const hash = before[0]?.hash ?? ''
    expect(() => run(mock, hash)).toThrow(TypeError)
    expect(() => run(mock, hash)).toThrow(message)
    expect(mock.listKeys({ includeDisabled: true })).toEqual(before)
  })
})

describe('recordUsage and setNow', () => {
  it.each<[string, (mock: MockServer, hash: string) => unknown, string]>([
    [
      'an unknown hash',
      (mock) => mock.recordUsage('abc', 1),
      'recordUsage: no key with hash "abc"',
    ],
    [
      'a negative amount',
      (mock, hash) => mock.recordUsage(hash, -1),
      'recordUsage: usd must be a finite number >= 0, got -1',
    ],
    [
      'NaN',
      (mock, hash) => mock.recordUsage(hash, Number.NaN),
      'recordUsage: usd must be a finite number >= 0, got NaN',
    ],
    [
      'a date after the clock',
      (mock, hash) => mock.recordUsage(hash, 1, { date: '2026-03-12' }),
      `recordUsage: date "2026-03-12" is after the mock's clock (2026-03-11T10:00:00.000Z); move the clock with setNow first`,
    ],
    [
      'a date that is not a date',
      (mock, hash) => mock.recordUsage(hash, 1, { date: 'yesterday' }),
      'recordUsage: date must be a Date, an ISO 8601 date-time string or epoch milliseconds, got "yesterday"',
    ],
    [
      'an empty model',
      (mock, hash) => mock.recordUsage(hash, 1, { model: '' }),
      'recordUsage: model must be a non-empty string, got ""',
    ],
    [
      'an unknown option',
      (mock, hash) => mock.recordUsage(hash, 1, { when: NOW } as never),
      'recordUsage: unknown option "when" (expected model or date)',
    ],
  ])('rejects %s and changes nothing', (_, run, message) => {
    const mock = createMockServer({ seed: 2, now: NOW })
    const before = mock.listKeys({ includeDisabled: true })
    expect(() => run(mock, before[0]?.hash ?? '')).toThrow(message)
    expect(mock.listKeys({ includeDisabled: true })).toEqual(before)
  })

  it('setNow takes a Date, an ISO string or epoch milliseconds; null is the real clock again', () => {
    const mock = createMockServer({ now: new Date(NOW) })
    expect(mock.addKey().created_at).toBe(NOW)
    mock.setNow(Date.parse('2026-03-12T00:00:00Z'))
    expect(mock.addKey().created_at).toBe('2026-03-12T00:00:00Z')
    mock.setNow(null)
    const created = Date.parse(mock.addKey().created_at)
    expect(Math.abs(created - Date.now())).toBeLessThan(60_000)
    expect(() => mock.setNow('soon')).toThrow(
      'setNow: time must be a Date, an ISO 8601 date-time string or epoch milliseconds, got "soon"',
    )
  })
})

describe('addWorkspace and listWorkspaces', () => {
  it('adds a workspace with generated fields, valid against the spec, with a free slug', () => {
    const mock = createMockServer({ now: NOW })
    const first = mock.addWorkspace({ name: 'Staging' })
    expect(first.slug).toBe('staging-2')
    const second = mock.addWorkspace()
    expect(second).toMatchObject({ name: 'Workspace 5', slug: 'workspace-5', created_at: NOW })
    expect(componentErrors('Workspace', second)).toEqual([])
    expect(mock.listWorkspaces().slice(-2)).toEqual([first, second])
  })

  it.each<[string, unknown, string]>([
    ['a numeric name', { name: 5 }, 'addWorkspace: name must be a non-empty string, got 5'],
    [
      'an id that is not a UUID',
      { id: 'prod' },
      'addWorkspace: id must be a UUID string, got "prod"',
    ],
    [
      'an existing id',
      { id: DEFAULT_WORKSPACE_ID.toUpperCase() },
      `addWorkspace: a workspace with id "${DEFAULT_WORKSPACE_ID.toUpperCase()}" already exists`,
    ],
    [
      'an existing slug',
      { slug: 'production' },
      'addWorkspace: a workspace with slug "production" already exists',
    ],
    [
      'a bad sampling rate',
      { io_logging_sampling_rate: 'all' },
      'addWorkspace: io_logging_sampling_rate must be a number, got "all"',
    ],
    ['not an object', 'Team', 'addWorkspace: expected an object of Workspace fields, got "Team"'],
  ])('rejects %s and adds nothing', (_, partial, message) => {
    const mock = createMockServer()
    expect(() => mock.addWorkspace(partial as never)).toThrow(message)
    expect(mock.listWorkspaces()).toHaveLength(3)
  })

  it('returns copies', () => {
    const mock = createMockServer()
    const [workspace] = mock.listWorkspaces()
    if (!workspace) throw new Error('expected a workspace')
    workspace.name = 'mutated'
    expect(mock.listWorkspaces()[0]?.name).toBe('Default Workspace')
  })
})

describe('new options', () => {
  it('sets total_credits above the seeded usage by default, or as given', async () => {
    const mock = createMockServer({ seed: 40 })
    const usage = mock
      .listWorkspaces()
      .flatMap(({ id }) => mock.listKeys({ workspaceId: id, includeDisabled: true }))
      .reduce((total, key) => total + key.usage, 0)
    const response = await mock.fetch('http://mock.test/api/v1/credits', {
      headers: { authorization: 'Bearer sk-or-v1-mock-management-key' },
    })
    const { data } = (await response.json()) as {
      data: { total_credits: number; total_usage: number }
    }
    expect(data.total_usage).toBeCloseTo(usage, 6)
    expect(data.total_credits).toBeGreaterThan(usage)
    expect(data.total_credits % 100).toBe(0)
    expect(() => createMockServer().setCredits(-1)).toThrow(
      'setCredits: totalCredits must be a finite number >= 0, got -1',
    )
  })

  it.each<[unknown, string]>([
    [{ workspaces: -1 }, 'createMockServer: workspaces must be an integer >= 0, got -1'],
    [
      { keysPerWorkspace: 1.5 },
      'createMockServer: keysPerWorkspace must be an integer >= 0, got 1.5',
    ],
    [
      { keys: [], keysPerWorkspace: 2 },
      'createMockServer: pass either keys or keysPerWorkspace, not both',
    ],
    [
      { now: 'today' },
      'createMockServer: now must be a Date, an ISO 8601 date-time string or epoch milliseconds',
    ],
    [{ latencyMs: '50' }, 'createMockServer: latencyMs must be milliseconds'],
    [
      { totalCredits: Number.POSITIVE_INFINITY },
      'createMockServer: totalCredits must be a finite number >= 0, got Infinity',
    ],
  ])('rejects %j', (options, message) => {
    expect(() => createMockServer(options as MockServerOptions)).toThrow(message)
  })
})
