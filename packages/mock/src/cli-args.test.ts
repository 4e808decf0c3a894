import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli-args'

describe('parseCliArgs', () => {
  it('applies defaults', () => {
    expect(parseCliArgs([])).toEqual({
      ok: true,
      options: {
        port: 0,
        host: '127.0.0.1',
        seed: 25,
        workspaces: 2,
        keysPerWorkspace: 3,
        latencyMs: undefined,
        randomSeed: 1,
        pageSize: 100,
        managementKeys: undefined,
        help: false,
      },
    })
  })

  it('reads every flag, including repeated management keys', () => {
    const parsed = parseCliArgs([
      '--port=4010',
      '--host',
      '0.0.0.0',
      '--seed',
      '250',
      '--page-size',
      '20',
      '--random-seed',
      '9',
      '--workspaces',
      '5',
      '--keys-per-workspace=40',
      '--latency',
      '20-80',
      '--management-key',
      'a',
      '--management-key',
      'b',
    ])
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        port: 4010,
        host: '0.0.0.0',
        seed: 250,
        pageSize: 20,
        randomSeed: 9,
        workspaces: 5,
        keysPerWorkspace: 40,
        latencyMs: [20, 80],
        managementKeys: ['a', 'b'],
      },
    })
  })

  it('reads a fixed latency', () => {
    expect(parseCliArgs(['--latency', '50'])).toMatchObject({
      ok: true,
      options: { latencyMs: 50 },
    })
  })

  it.each([
    [['--port', '70000'], '--port expects an integer 0-65535, got "70000"'],
    [['--seed=-1'], '--seed expects an integer >= 0, got "-1"'],
    [['--page-size', '0'], '--page-size expects an integer >= 1'],
    [['--seed', 'ten'], '--seed expects an integer'],
    [['--bogus'], "Unknown option '--bogus'"],
    [['extra'], 'extra'],
    [['--management-key', ''], '--management-key expects a non-empty key'],
    [['--workspaces=-2'], '--workspaces expects an integer >= 0, got "-2"'],
    [['--keys-per-workspace', 'x'], '--keys-per-workspace expects an integer >= 0'],
    [
      ['--latency', '80-20'],
      '--latency expects milliseconds (0-2147483647) or a range min-max with min <= max, got "80-20"',
    ],
    [['--latency', '1.5'], '--latency expects milliseconds'],
    [['--latency=-5'], '--latency expects milliseconds'],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCliArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain(message)
  })
})
