// Integration: the BUILT `ork keys list` as a child process against the mock over real HTTP.
import {
  createMockServer,
  MOCK_MANAGEMENT_KEY,
  type MockListener,
  type MockServer,
  OTHER_WORKSPACE_ID,
} from '@openrouter-kit/mock'
import { parse } from 'csv-parse/sync'
import { afterEach, describe, expect, test } from 'vitest'
import { COLUMN_IDS } from '../output/column-ids'
import { displayWidth } from '../output/text-width'
import { makeKey } from '../testing/make-key'
import { runOrk } from '../testing/run-ork'

let listener: MockListener | undefined
afterEach(async () => {
  await listener?.close()
  listener = undefined
})

async function start(options: Parameters<typeof createMockServer>[0] = {}) {
  const mock = createMockServer(options)
  listener = await mock.listen({ port: 0 })
  const env = { OPENROUTER_BASE_URL: listener.url, OPENROUTER_MANAGEMENT_KEY: MOCK_MANAGEMENT_KEY }
  const ork = (args: string[], extra: Record<string, string> = {}) =>
    runOrk(['keys', 'list', ...args], { ...env, ...extra })
  return { mock, ork }
}

const keysRequests = (mock: MockServer) => mock.requests.filter((r) => r.path.endsWith('/keys'))

describe('formats', () => {
  test('--format json is every key of every page, exactly as the API sent them', async () => {
    const { mock, ork } = await start({ seed: 23, pageSize: 10 })
    const result = await ork(['--format', 'json'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const keys = mock.listKeys()
    expect(JSON.parse(result.stdout)).toEqual(keys)
    expect(keys.length).toBeGreaterThan(10)
    // Pages of 10, each re-reading the last key of the page before (the client's overlap), until
    // the short page that ends the listing.
    // Pages fetched ahead past the end (the client's concurrency) may show up too: left out here.
    const offsets = [0]
    while (keys.length - (offsets.at(-1) ?? 0) >= 10) offsets.push((offsets.at(-1) ?? 0) + 9)
    const read = keysRequests(mock).map((r) => Number(r.query.offset))
    expect(read.filter((offset) => offset < keys.length)).toEqual(offsets)
  })

  test('--json is the same as --format json', async () => {
    const { ork } = await start({ seed: 3 })
    const [short, long] = await Promise.all([ork(['--json']), ork(['--format', 'json'])])
    expect(short.code).toBe(0)
    expect(short.stdout).toBe(long.stdout)
  })

  test('jsonl is one key per line', async () => {
    const { mock, ork } = await start({ seed: 12, pageSize: 5 })
    const result = await ork(['--format', 'jsonl'])
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines.map((line) => JSON.parse(line))).toEqual(mock.listKeys())
  })

  test('csv has a header row of field names and parses back to the same values', async () => {
    const { mock, ork } = await start({
      keys: [
        makeKey({ hash: 'a'.repeat(64), name: 'Team "A", ops\nsecond line', expires_at: null }),
        makeKey({ hash: 'b'.repeat(64), name: 'plain', limit: null, limit_remaining: null }),
      ],
    })
    const result = await ork(['--format', 'csv'])
    expect(result.code).toBe(0)
    const rows: Record<string, string>[] = parse(result.stdout, { columns: true })
    expect(Object.keys(rows[0]!)).toEqual([...COLUMN_IDS])
    const expected = mock
      .listKeys()
      .map((key) =>
        Object.fromEntries(
          COLUMN_IDS.map((column) => [column, key[column] == null ? '' : String(key[column])]),
        ),
      )
    expect(rows).toEqual(expected)
  })

  test('--columns picks csv columns in the given order', async () => {
    const { mock, ork } = await start({ seed: 4 })
    const result = await ork(['--format', 'csv', '--columns', 'usage,name'])
    const [first] = mock.listKeys()
    expect(result.stdout.split('\r\n').slice(0, 2)).toEqual([
      'usage,name',
      `${first!.usage},${first!.name}`,
    ])
  })

  test('table at a fixed width (COLUMNS=110), spelled out', async () => {
    const { ork } = await start({
      keys: [
        makeKey({ hash: 'a'.repeat(64), name: 'Production' }),
        makeKey({
          hash: 'b'.repeat(64),
          name: 'A rather long key name that cannot fit',
          label: 'sk-or-v1-9a1...77ab',
          limit: null,
          limit_remaining: null,
          limit_reset: null,
          usage: 3.1,
          expires_at: null,
        }),
      ],
    })
    const result = await ork([], { COLUMNS: '110' })
    expect(result).toMatchObject({ code: 0, stderr: '' })
    // 110 cells: dates without time of day, the long name cut with … to what is left (15).
    expect(result.stdout).toBe(
      [
        'NAME             LABEL                DISABLED   USAGE                  LIMIT  RESET    CREATED     EXPIRES',
        'Production       sk-or-v1-0e6...1c96  no        $25.50  $100.00 ($74.50 left)  monthly  2025-08-24  2027-12-31',
        'A rather long …  sk-or-v1-9a1...77ab  no         $3.10                      —  —        2025-08-24  never',
        '',
      ].join('\n'),
    )
  })

  test('table of generated keys: one line per key, none wider than COLUMNS, no colour in a pipe', async () => {
    const { mock, ork } = await start({ seed: 30, pageSize: 7 })
    const result = await ork([], { COLUMNS: '72' })
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(mock.listKeys().length + 1)
    expect(lines[0]).toMatch(/^NAME +LABEL/)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(72)
    expect(result.stdout).not.toContain('\u001b')
    for (const [index, key] of mock.listKeys().entries()) {
      expect(lines[index + 1]).toContain(key.label)
    }
    // Columns that could not fit are named on stderr, not silently dropped.
    expect(result.stderr).toMatch(/^note: .* hidden to fit 72 columns/)
  })

  test('without COLUMNS and not on a terminal, the table is not cut', async () => {
    const long = 'A key name far longer than any terminal would ever be wide, '.repeat(3).trim()
    const { ork } = await start({ keys: [makeKey({ name: long })] })
    const result = await ork(['--columns', 'name,usage'])
    expect(result.stdout.split('\n')[1]).toBe(`${long}  $25.50`)
  })
})

describe('flags', () => {
  test('--limit stops after n keys, and stops fetching', async () => {
    const { mock, ork } = await start({ seed: 40, pageSize: 10 })
    const result = await ork(['--json', '--limit', '15'])
    expect(JSON.parse(result.stdout)).toEqual(mock.listKeys().slice(0, 15))
    expect(keysRequests(mock)).toHaveLength(2)
  })

  test('--offset fetches exactly one page from that offset', async () => {
    const { mock, ork } = await start({ seed: 40, pageSize: 10 })
    const result = await ork(['--json', '--offset', '5'])
    expect(JSON.parse(result.stdout)).toEqual(mock.listKeys().slice(5, 15))
    expect(keysRequests(mock).map((r) => r.query.offset)).toEqual(['5'])
  })

  test('--offset with --limit cuts that page', async () => {
    const { mock, ork } = await start({ seed: 40, pageSize: 10 })
    const result = await ork(['--json', '--offset', '5', '--limit', '3'])
    expect(JSON.parse(result.stdout)).toEqual(mock.listKeys().slice(5, 8))
  })

  test('--include-disabled adds the disabled keys', async () => {
    const { mock, ork } = await start({ seed: 30 })
    const all = mock.listKeys({ includeDisabled: true })
    expect(all.some((key) => key.disabled)).toBe(true)
    const [without, withDisabled] = await Promise.all([
      ork(['--json']),
      ork(['--json', '--include-disabled']),
    ])
    expect(JSON.parse(without.stdout)).toEqual(mock.listKeys())
    expect(JSON.parse(withDisabled.stdout)).toEqual(all)
    expect(keysRequests(mock).some((r) => r.query.include_disabled === 'true')).toBe(true)
  })

  test('--workspace lists that workspace', async () => {
    const { mock, ork } = await start({ seed: 5 })
    const result = await ork(['--json', '--include-disabled', '--workspace', OTHER_WORKSPACE_ID])
    const keys = JSON.parse(result.stdout)
    expect(keys).toEqual(mock.listKeys({ includeDisabled: true, workspaceId: OTHER_WORKSPACE_ID }))
    expect(keys.length).toBeGreaterThan(0)
    expect(
      keys.every((key: { workspace_id: string }) => key.workspace_id === OTHER_WORKSPACE_ID),
    ).toBe(true)
  })

  test('--columns picks table columns', async () => {
    const { mock, ork } = await start({ seed: 2 })
    const result = await ork(['--columns', 'label,disabled'])
    const [first] = mock.listKeys()
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'LABEL                DISABLED',
      `${first!.label.padEnd(19)}  no`,
    ])
  })

  test('--base-url wins over OPENROUTER_BASE_URL', async () => {
    const { mock, ork } = await start({ seed: 2 })
    const url = listener!.url
    const result = await ork(['--json', '--base-url', url], {
      OPENROUTER_BASE_URL: 'http://127.0.0.1:9/api/v1',
    })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(mock.listKeys())
  })
})

describe('empty listing', () => {
  test('one line on stderr, nothing on stdout, exit 0', async () => {
    const { ork } = await start({ keys: [] })
    const result = await ork([])
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: 'No keys found (disabled keys are hidden; add --include-disabled).\n',
    })
  })

  test('machine formats still print valid empty data', async () => {
    const { ork } = await start({ keys: [] })
    const [json, jsonl, csv] = await Promise.all([
      ork(['--json', '--include-disabled']),
      ork(['--format', 'jsonl']),
      ork(['--format', 'csv', '--columns', 'name,usage']),
    ])
    expect(json).toEqual({ code: 0, stdout: '[]\n', stderr: 'No keys found.\n' })
    expect(jsonl.stdout).toBe('')
    expect(csv.stdout).toBe('name,usage\r\n')
  })
})
