// Integration: the BUILT `ork` bin against the mock over real HTTP: keys list's workspace
// inventory, filters and sort (in every format), workspaces list, credits and activity.

import type { MockServerOptions } from '@openrouter-kit/mock'
import type { ApiKey } from '@openrouter-kit/types'
import { parse } from 'csv-parse/sync'
import { describe, expect, test } from 'vitest'
import { mockFixture } from '../testing/mock-fixture'
import { runOrk } from '../testing/run-ork'

const SECRET = 'sk-or-v1-0123456789abcdef-reads-secret'
const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const PRODUCTION_WORKSPACE = '5b1e7c42-8a3d-4f6e-9c21-7d04e8b9a613'

const startMock = mockFixture()
const start = (options: MockServerOptions = {}) =>
  startMock({ managementKeys: [SECRET], ...options })

const names = (json: string) => (JSON.parse(json) as ApiKey[]).map((key) => key.name)
const jsonlNames = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as ApiKey).name)
const csvRows = (csv: string): Record<string, string>[] => parse(csv, { columns: true })
/** The first cell of each table row after the header (names have no double spaces here). */
const tableNames = (table: string) =>
  table
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => line.split(/ {2,}/)[0])

describe('keys list --all-workspaces', () => {
  test('every workspace, with a WORKSPACE column holding the workspace name', async () => {
    const { mock, ork } = await start({ seed: 2, workspaces: 2, keysPerWorkspace: 2 })
    const table = await ork(['keys', 'list', '--all-workspaces'])
    expect(table.code).toBe(0)
    const [header, ...rows] = table.stdout.trimEnd().split('\n')
    expect(header).toMatch(/^NAME +WORKSPACE +LABEL/)
    expect(rows).toHaveLength(6)
    const workspaceNames = rows.map((row) => row.split(/ {2,}/)[1])
    expect(workspaceNames.filter((name) => name === 'Default Workspace')).toHaveLength(2)
    expect(workspaceNames.filter((name) => name === 'Production')).toHaveLength(2)
    expect(workspaceNames.filter((name) => name === 'Staging')).toHaveLength(2)
    expect(mock.requests.some((request) => request.path.endsWith('/workspaces'))).toBe(true)

    const json = await ork(['keys', 'list', '--all-workspaces', '--json'])
    const keys = JSON.parse(json.stdout) as ApiKey[]
    expect(keys).toHaveLength(6)
    expect(new Set(keys.map((key) => key.workspace_id)).size).toBe(3)
  })

  test('csv gets a workspace_name column; --workspace and --offset conflict with it', async () => {
    const { mock, ork } = await start({ seed: 1, workspaces: 1, keysPerWorkspace: 1 })
    const csv = await ork(['keys', 'list', '--all-workspaces', '--format', 'csv'])
    const rows = csvRows(csv.stdout)
    expect(rows.map((row) => row.workspace_name).sort()).toEqual([
      'Default Workspace',
      'Production',
    ])
    expect(rows.find((row) => row.workspace_name === 'Production')?.workspace_id).toBe(
      PRODUCTION_WORKSPACE,
    )
    mock.clearRequests()
    const both = await ork([
      'keys',
      'list',
      '--all-workspaces',
      '--workspace',
      PRODUCTION_WORKSPACE,
    ])
    expect(both.code).toBe(2)
    expect(both.stderr).toContain('--all-workspaces')
    expect(both.stderr).toContain('--workspace')
    const offset = await ork(['keys', 'list', '--all-workspaces', '--offset', '0'])
    expect(offset.code).toBe(2)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('keys list filters and sort, in every format', () => {
  async function startWithExpiries() {
    const started = await start({ seed: 0, workspaces: 0 })
    const now = Date.now()
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString().replace(/\.\d+Z$/, 'Z')
    started.mock.addKey({ name: 'expired', expires_at: at(-DAY_MS), usage: 1, limit: null })
    started.mock.addKey({ name: 'soon', expires_at: at(6 * HOUR_MS), usage: 4, limit: null })
    started.mock.addKey({ name: 'later', expires_at: at(10 * DAY_MS), usage: 2, limit: null })
    started.mock.addKey({ name: 'never', expires_at: null, usage: 3, limit: null })
    started.mock.addKey({
      name: 'spent',
      expires_at: null,
      usage: 6,
      limit: 5,
      limit_remaining: 0,
    })
    return started
  }

  /** The names each format prints for these flags; all four must agree. */
  async function namesInEveryFormat(
    ork: Awaited<ReturnType<typeof start>>['ork'],
    flags: string[],
  ) {
    const table = await ork(['keys', 'list', ...flags])
    const json = await ork(['keys', 'list', ...flags, '--format', 'json'])
    const jsonl = await ork(['keys', 'list', ...flags, '--format', 'jsonl'])
    const csv = await ork(['keys', 'list', ...flags, '--format', 'csv'])
    for (const result of [table, json, jsonl, csv]) expect(result.code).toBe(0)
    const fromJson = names(json.stdout)
    expect(tableNames(table.stdout)).toEqual(fromJson)
    expect(jsonlNames(jsonl.stdout)).toEqual(fromJson)
    expect(csvRows(csv.stdout).map((row) => row.name)).toEqual(fromJson)
    return fromJson
  }

  test.each([
    [['--expired'], ['expired']],
    [['--expiring-within', '12h'], ['soon']],
    [['--expiring-within', '7d'], ['soon']],
    [
      ['--expiring-within', '11d'],
      ['later', 'soon'],
    ],
    [
      ['--expired', '--expiring-within', '12h'],
      ['expired', 'soon'],
    ],
    [['--over-limit'], ['spent']],
    [
      ['--sort', 'name'],
      ['expired', 'later', 'never', 'soon', 'spent'],
    ],
    [
      ['--sort', 'usage:desc'],
      ['spent', 'soon', 'never', 'later', 'expired'],
    ],
    [
      // No expiry sorts last in both directions; ties keep the listing's order (newest first).
      ['--sort', 'expires_at:asc'],
      ['expired', 'soon', 'later', 'spent', 'never'],
    ],
    [
      ['--sort', 'expires_at:desc'],
      ['later', 'soon', 'expired', 'spent', 'never'],
    ],
    [
      ['--sort', 'usage:desc', '--limit', '2'],
      ['spent', 'soon'],
    ],
    [
      ['--expiring-within', '11d', '--sort', 'usage:desc'],
      ['soon', 'later'],
    ],
  ])('%j keeps %j', async (flags, expected) => {
    const { ork } = await startWithExpiries()
    const kept = await namesInEveryFormat(ork, flags)
    // Without --sort the order is the listing's; only which keys are kept is checked then.
    expect(flags.includes('--sort') ? kept : [...kept].sort()).toEqual(expected)
  })

  test('nothing matching: a note on stderr, exit 0, [] in json', async () => {
    const { ork } = await start({ seed: 3, workspaces: 0 })
    const result = await ork(['keys', 'list', '--expired', '--json'])
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' })
    expect(result.stderr).toContain('No keys found matching the filters')
  })

  test.each([
    [['--expiring-within', '7w'], '"7w"', '12h or 7d'],
    [['--expiring-within', '0d'], '"0d"', '12h or 7d'],
    [['--expiring-within', '1.5d'], '"1.5d"', '12h or 7d'],
    [['--sort', 'nope'], '"nope"', '<column>[:asc|desc]'],
    [['--sort', 'usage:up'], '"usage:up"', 'asc or desc'],
    [['--sort', 'usage:desc:x'], '"usage:desc:x"', '<column>[:asc|desc]'],
  ])('%j is a usage error naming the value, before any request', async (flags, value, expected) => {
    const { mock, ork } = await start({ seed: 1, workspaces: 0 })
    const result = await ork(['keys', 'list', ...flags])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(value)
    expect(result.stderr).toContain(expected)
    expect(result.stdout).toBe('')
    expect(mock.requests).toHaveLength(0)
  })
})

describe('workspaces list', () => {
  test('table, json, jsonl and csv list every workspace', async () => {
    const { ork } = await start({ seed: 0, workspaces: 2 })
    const table = await ork(['workspaces', 'list'])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME +SLUG +ID +CREATED \(UTC\)$/)
    expect(tableNames(table.stdout)).toEqual(['Default Workspace', 'Production', 'Staging'])

    const json = JSON.parse((await ork(['workspaces', 'ls', '--json'])).stdout)
    expect(json.map((workspace: { id: string }) => workspace.id)).toContain(PRODUCTION_WORKSPACE)
    const jsonl = (await ork(['workspaces', 'list', '--format', 'jsonl'])).stdout.trim().split('\n')
    expect(jsonl.map((line) => JSON.parse(line).name)).toEqual([
      'Default Workspace',
      'Production',
      'Staging',
    ])
    const csv = csvRows((await ork(['workspaces', 'list', '--format', 'csv'])).stdout)
    expect(csv.map((row) => row.slug)).toEqual(['default', 'production', 'staging'])
    expect(Object.keys(csv[0]!)).toEqual([
      'id',
      'name',
      'slug',
      'description',
      'created_at',
      'updated_at',
      'created_by',
    ])
  })

  test('a workspace named like a formula is guarded in csv unless --csv-raw', async () => {
    const { mock, ork } = await start({ seed: 0, workspaces: 0 })
    mock.addWorkspace({ name: '=HYPERLINK("http://evil.test")', slug: 'evil' })
    const guarded = csvRows((await ork(['workspaces', 'list', '--format', 'csv'])).stdout)
    expect(guarded[1]!.name).toBe(`'=HYPERLINK("http://evil.test")`)
    const raw = csvRows((await ork(['workspaces', 'list', '--format', 'csv', '--csv-raw'])).stdout)
    expect(raw[1]!.name).toBe('=HYPERLINK("http://evil.test")')
    const bad = await ork(['workspaces', 'list', '--format', 'xml'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('"xml"')
  })
})

describe('credits', () => {
  test('credits, usage and what is left, as a table or json', async () => {
    const { mock, ork } = await start({
      seed: 0,
      workspaces: 0,
      totalCredits: 100,
    })
    const key = mock.addKey({ name: 'spender', usage: 0 })
    mock.recordUsage(key.hash, 25.3)
    const json = await ork(['credits', '--json'])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({
      total_credits: 100,
      total_usage: 25.3,
      remaining: 74.7,
    })
    const table = await ork(['credits'])
    expect(table.stdout).toBe('Credits    $100.00\nUsage      $25.30\nRemaining  $74.70\n')
    const csv = await ork(['credits', '--format', 'csv'])
    expect(csv.code).toBe(2)
    expect(csv.stderr).toContain('table, json')
  })

  test('rejected credentials: exit 4', async () => {
    const { ork } = await start({ seed: 0 })
    const result = await ork(['credits'], {
      OPENROUTER_MANAGEMENT_KEY: 'sk-or-v1-wrong-key-000000',
    })
    expect(result.code).toBe(4)
    expect(result.stdout).toBe('')
  })
})

describe('activity', () => {
  async function startWithActivity() {
    const started = await start({ seed: 0, workspaces: 1, keysPerWorkspace: 0 })
    const { mock } = started
    const twoDaysAgo = new Date(Date.now() - 2 * DAY_MS).toISOString().slice(0, 10)
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS).toISOString().slice(0, 10)
    const first = mock.addKey({ name: 'first', usage: 0 })
    const second = mock.addKey({ name: 'second', usage: 0, workspace_id: PRODUCTION_WORKSPACE })
    mock.recordUsage(first.hash, 1.5, { date: twoDaysAgo })
    mock.recordUsage(first.hash, 0.5, { date: twoDaysAgo })
    mock.recordUsage(second.hash, 0.25, { date: twoDaysAgo, model: 'anthropic/claude-3.5' })
    mock.recordUsage(second.hash, 2, { date: threeDaysAgo })
    return { ...started, first, second, twoDaysAgo, threeDaysAgo }
  }

  test('a table per day and model, csv the same rows, json as sent', async () => {
    const { ork, twoDaysAgo, threeDaysAgo } = await startWithActivity()
    const table = await ork(['activity'])
    expect(table.code).toBe(0)
    const lines = table.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^DATE +MODEL +REQUESTS/)
    expect(lines.slice(1).map((line) => line.split(/ +/).slice(0, 3))).toEqual([
      [threeDaysAgo, 'openai/gpt-4o-mini', '1'],
      [twoDaysAgo, 'anthropic/claude-3.5', '1'],
      [twoDaysAgo, 'openai/gpt-4o-mini', '2'],
    ])
    expect(lines[3]).toContain('$2.00')
    const csv = csvRows((await ork(['activity', '--format', 'csv'])).stdout)
    expect(csv.map((row) => [row.date, row.model, row.usage])).toEqual([
      [threeDaysAgo, 'openai/gpt-4o-mini', '2'],
      [twoDaysAgo, 'anthropic/claude-3.5', '0.25'],
      [twoDaysAgo, 'openai/gpt-4o-mini', '2'],
    ])
    const json = JSON.parse((await ork(['activity', '--json'])).stdout)
    expect(json.length).toBeGreaterThanOrEqual(3)
    const jsonl = (await ork(['activity', '--format', 'jsonl'])).stdout.trim().split('\n')
    expect(jsonl).toHaveLength(json.length)
  })

  test('--date, --workspace and --key (a hash) become the query, and filter', async () => {
    const { mock, ork, second, twoDaysAgo } = await startWithActivity()
    const byDate = csvRows(
      (await ork(['activity', '--date', twoDaysAgo, '--format', 'csv'])).stdout,
    )
    expect(byDate.map((row) => row.date)).toEqual([twoDaysAgo, twoDaysAgo])
    const byWorkspace = csvRows(
      (await ork(['activity', '--workspace', PRODUCTION_WORKSPACE, '--format', 'csv'])).stdout,
    )
    expect(byWorkspace.map((row) => row.usage).sort()).toEqual(['0.25', '2'])
    mock.clearRequests()
    const byKey = csvRows(
      (await ork(['activity', '--key', second.hash, '--date', twoDaysAgo, '--format', 'csv']))
        .stdout,
    )
    expect(byKey.map((row) => row.model)).toEqual(['anthropic/claude-3.5'])
    const query = mock.requests.find((request) => request.path.endsWith('/activity'))?.query
    expect(query).toMatchObject({ api_key_hash: second.hash, date: twoDaysAgo })
  })

  test('--key by name or hash prefix; no match is exit 3, an ambiguous name exit 2', async () => {
    const { mock, ork, first, twoDaysAgo } = await startWithActivity()
    const byName = csvRows(
      (await ork(['activity', '--key', 'first', '--date', twoDaysAgo, '--format', 'csv'])).stdout,
    )
    expect(byName.map((row) => [row.model, row.usage])).toEqual([['openai/gpt-4o-mini', '2']])
    mock.clearRequests()
    await ork(['activity', '--key', first.hash.slice(0, 10), '--format', 'json'])
    const query = mock.requests.find((request) => request.path.endsWith('/activity'))?.query
    expect(query).toMatchObject({ api_key_hash: first.hash })

    mock.clearRequests()
    const missing = await ork(['activity', '--key', 'no-such-key'])
    expect(missing.code).toBe(3)
    expect(missing.stderr).toContain('no-such-key')
    expect(mock.requests.some((request) => request.path.endsWith('/activity'))).toBe(false)

    mock.addKey({ name: 'first', usage: 0 })
    const ambiguous = await ork(['activity', '--key', 'first'])
    expect(ambiguous.code).toBe(2)
    expect(ambiguous.stderr).toContain(first.hash)
  })

  test('nothing recorded: a note on stderr, exit 0', async () => {
    const { ork } = await start({ seed: 0, workspaces: 0 })
    const result = await ork(['activity'])
    expect(result).toMatchObject({ code: 0, stdout: '' })
    expect(result.stderr).toContain('No activity found')
  })

  test.each([
    [['--date', '2025-02-30'], '"2025-02-30"', 'YYYY-MM-DD'],
    [['--date', '24/08/2025'], '"24/08/2025"', 'YYYY-MM-DD'],
    [['--workspace', 'prod'], '"prod"', 'UUID'],
    [['--format', 'yaml'], '"yaml"', 'table, json, jsonl, csv'],
  ])('%j is a usage error before any request', async (flags, value, expected) => {
    const { mock, ork } = await start({ seed: 0 })
    const result = await ork(['activity', ...flags])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(value)
    expect(result.stderr).toContain(expected)
    expect(mock.requests).toHaveLength(0)
  })
})

test('the management key never appears in any output of these commands', async () => {
  const { ork } = await start({ seed: 1, workspaces: 1 })
  for (const args of [
    ['workspaces', 'list', '--debug'],
    ['credits', '--debug'],
    ['activity', '--debug'],
    ['keys', 'list', '--all-workspaces', '--debug'],
  ]) {
    const result = await ork(args)
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('[ork')
    expect(`${result.stdout}${result.stderr}`).not.toContain(SECRET)
  }
})

test('--help names the new commands and flags', async () => {
  const top = await runOrk(['--help'])
  expect(top.code).toBe(0)
  for (const command of [
    'workspaces',
    'credits [options]',
    'activity [options]',
    'completion <shell>',
  ]) {
    expect(top.stdout).toContain(command)
  }
  const list = await runOrk(['keys', 'list', '--help'])
  for (const flag of [
    '--all-workspaces',
    '--expired',
    '--expiring-within <duration>',
    '--over-limit',
    '--sort <column>',
  ]) {
    expect(list.stdout).toContain(flag)
  }
  const activity = await runOrk(['activity', '--help'])
  for (const flag of ['--key <key>', '--date <YYYY-MM-DD>', '--workspace <uuid>', '--format']) {
    expect(activity.stdout).toContain(flag)
  }
})
