import type { ApiKey } from '@openrouter-kit/types'
import stringWidth from 'string-width'
import { describe, expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { createColors } from './color'
import { COLUMN_IDS, DEFAULT_TABLE_COLUMNS } from './column-ids'
import { MalformedDataError } from './malformed-data-error'
import { renderTable } from './table'
import { displayWidth } from './unicode-width'

const plain = createColors(false)
const keys = [
  makeKey(),
  makeKey({
    name: 'Staging key used by the nightly batch jobs',
    label: 'sk-or-v1-9a1...77ab',
    disabled: true,
    limit: null,
    limit_remaining: null,
    limit_reset: null,
    usage: 1234.5,
    created_at: '2025-01-02T03:04:05Z',
    expires_at: null,
  }),
]

const widths = (text: string) => text.trimEnd().split('\n').map(displayWidth)

describe('renderTable', () => {
  test('without a width limit: every column, times in UTC with minutes', async () => {
    const { text, hidden } = await renderTable(keys, {
      columns: DEFAULT_TABLE_COLUMNS,
      width: undefined,
      colors: plain,
    })
    expect(hidden).toEqual([])
    expect(text).toBe(
      [
        'NAME                                        LABEL                DISABLED      USAGE                  LIMIT  RESET    CREATED (UTC)     EXPIRES (UTC)',
        'Production                                  sk-or-v1-0e6...1c96  no           $25.50  $100.00 ($74.50 left)  monthly  2025-08-24 10:30  2027-12-31 23:59',
        'Staging key used by the nightly batch jobs  sk-or-v1-9a1...77ab  yes       $1,234.50                      —  —        2025-01-02 03:04  never',
        '',
      ].join('\n'),
    )
  })

  test('at 120 columns: dates only, long names cut with …, nothing wraps', async () => {
    const { text, hidden } = await renderTable(keys, {
      columns: DEFAULT_TABLE_COLUMNS,
      width: 120,
      colors: plain,
    })
    expect(hidden).toEqual([])
    expect(text).toBe(
      [
        'NAME                    LABEL                DISABLED      USAGE                  LIMIT  RESET    CREATED     EXPIRES',
        'Production              sk-or-v1-0e6...1c96  no           $25.50  $100.00 ($74.50 left)  monthly  2025-08-24  2027-12-31',
        'Staging key used by t…  sk-or-v1-9a1...77ab  yes       $1,234.50                      —  —        2025-01-02  never',
        '',
      ].join('\n'),
    )
    expect(Math.max(...widths(text))).toBeLessThanOrEqual(120)
  })

  test('narrower, the least important columns are hidden (and reported) before names get short', async () => {
    const at100 = await renderTable(keys, {
      columns: DEFAULT_TABLE_COLUMNS,
      width: 100,
      colors: plain,
    })
    expect(at100.hidden).toEqual(['limit_reset', 'created_at'])
    expect(at100.text).toBe(
      [
        'NAME                     LABEL                DISABLED      USAGE                  LIMIT  EXPIRES',
        'Production               sk-or-v1-0e6...1c96  no           $25.50  $100.00 ($74.50 left)  2027-12-31',
        'Staging key used by th…  sk-or-v1-9a1...77ab  yes       $1,234.50                      —  never',
        '',
      ].join('\n'),
    )
    const at80 = await renderTable(keys, {
      columns: DEFAULT_TABLE_COLUMNS,
      width: 80,
      colors: plain,
    })
    expect(at80.hidden).toEqual(['limit_reset', 'created_at', 'expires_at'])
    expect(at80.text.split('\n')[2]).toBe(
      'Staging key us…  sk-or-v1-9a1...77ab  yes       $1,234.50                      —',
    )
    expect(Math.max(...widths(at80.text))).toBeLessThanOrEqual(80)
  })

  test('a very narrow width still never wraps: lines are cut', async () => {
    const { text } = await renderTable(keys, { columns: ['name'], width: 8, colors: plain })
    expect(text).toBe('NAME\nProduct…\nStaging…\n')
  })

  test('--columns picks and orders the columns', async () => {
    const { text } = await renderTable(keys, {
      columns: ['usage', 'name'],
      width: undefined,
      colors: plain,
    })
    expect(text.split('\n')[0]).toBe('    USAGE  NAME')
    expect(text.split('\n')[2]).toBe('$1,234.50  Staging key used by the nightly batch jobs')
  })

  test('control characters in a name cannot break the grid', async () => {
    const { text } = await renderTable([makeKey({ name: 'evil\nname\u001b[2J' })], {
      columns: ['name', 'usage'],
      width: undefined,
      colors: plain,
    })
    expect(text.split('\n')).toHaveLength(3)
    expect(text).not.toContain('\u001b')
  })

  test('with colour: bold header, dimmed disabled rows; layout unchanged', async () => {
    const colored = await renderTable(keys, {
      columns: DEFAULT_TABLE_COLUMNS,
      width: 120,
      colors: createColors(true),
    })
    const lines = colored.text.split('\n')
    const esc = '\u001b'
    expect(lines[0]?.startsWith(`${esc}[1mNAME `)).toBe(true)
    expect(lines[0]?.endsWith(`${esc}[22m`)).toBe(true)
    expect(lines[1]).not.toContain(esc)
    expect(lines[2]?.startsWith(`${esc}[2mStaging key used by t… `)).toBe(true)
    expect(lines[2]?.endsWith(`${esc}[22m`)).toBe(true)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping SGR codes
    const stripped = colored.text.replace(/\u001b\[\d+m/g, '')
    expect(stripped).toBe(
      (await renderTable(keys, { columns: DEFAULT_TABLE_COLUMNS, width: 120, colors: plain })).text,
    )
  })

  test('every cell is sanitised, whatever its column: an unparseable timestamp too', async () => {
    const hostile = '\u001b]0;owned\u0007\u001b[2J'
    const key = makeKey({
      name: `n${hostile}`,
      label: `l${hostile}`,
      hash: `h${hostile}`,
      limit_reset: `r${hostile}`,
      created_at: `c${hostile}`, // does not parse, so it is shown as sent
      updated_at: `u${hostile}`,
      expires_at: `e${hostile}`,
      creator_user_id: `i${hostile}`,
      workspace_id: `w${hostile}`,
    })
    const { text } = await renderTable([key], {
      columns: COLUMN_IDS,
      width: undefined,
      colors: plain,
    })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
    expect(text.split('\n')).toHaveLength(3)
    expect(text).toContain('c\ufffd]0;owned\ufffd\ufffd[2J')
  })

  test('a field of the wrong type is malformed data, not a crash in the renderer', async () => {
    const key = { ...makeKey(), name: 5 } as unknown as ApiKey
    await expect(
      renderTable([key], { columns: DEFAULT_TABLE_COLUMNS, width: 80, colors: plain }),
    ).rejects.toThrow(MalformedDataError)
    const usage = { ...makeKey(), usage: '12' } as unknown as ApiKey
    await expect(
      renderTable([usage], { columns: ['usage'], width: 80, colors: plain }),
    ).rejects.toThrow('whose usage is "12"; expected a number')
  })
})

describe('widths of symbols and emoji (measured with string-width)', () => {
  const names = [
    'Acme© Pro™',
    'Deploy ✔ done',
    '⚠ Legacy key',
    'Tokyo 🇯🇵 team',
    'Step 1️⃣ first',
    'Plain name',
  ]
  const symbolKeys = names.map((name, index) =>
    makeKey({ hash: String(index).repeat(64), name, label: `sk-or-v1-${index}aa...0000` }),
  )

  /** Where (in cells) `part` starts in `line`. */
  const cellOffset = (line: string, part: string) => {
    const index = line.indexOf(part)
    expect(index).toBeGreaterThanOrEqual(0)
    return stringWidth(line.slice(0, index))
  }

  test.each([60, 80, undefined])(
    'at width %s every row fits and the columns align',
    async (width) => {
      const { text } = await renderTable(symbolKeys, {
        columns: ['name', 'label', 'usage', 'expires_at'],
        width,
        colors: plain,
      })
      const lines = text.trimEnd().split('\n')
      expect(lines).toHaveLength(names.length + 1)
      if (width !== undefined) {
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width)
      }
      // The LABEL column starts at the same cell in every row, header included.
      const labelAt = cellOffset(lines[0]!, 'LABEL')
      symbolKeys.forEach((key, row) => {
        expect(cellOffset(lines[row + 1]!, key.label)).toBe(labelAt)
      })
    },
  )

  test('spelled out at 60 columns: symbols count one cell, flags and keycaps two', async () => {
    const { text } = await renderTable(symbolKeys, {
      columns: ['name', 'label', 'usage', 'expires_at'],
      width: 60,
      colors: plain,
    })
    // 13 + 2 + 19 + 2 + 6 + 2 + 16 = 60 cells: it fits, times of day included. Counted the old
    // way (✔ and ⚠ as two cells, 🇯🇵 and 1️⃣ as one) NAME was misaligned by a cell per symbol.
    expect(text).toBe(
      [
        'NAME           LABEL                 USAGE  EXPIRES (UTC)',
        'Acme© Pro™     sk-or-v1-0aa...0000  $25.50  2027-12-31 23:59',
        'Deploy ✔ done  sk-or-v1-1aa...0000  $25.50  2027-12-31 23:59',
        '⚠ Legacy key   sk-or-v1-2aa...0000  $25.50  2027-12-31 23:59',
        'Tokyo 🇯🇵 team  sk-or-v1-3aa...0000  $25.50  2027-12-31 23:59',
        'Step 1️⃣ first  sk-or-v1-4aa...0000  $25.50  2027-12-31 23:59',
        'Plain name     sk-or-v1-5aa...0000  $25.50  2027-12-31 23:59',
        '',
      ].join('\n'),
    )
  })
})
