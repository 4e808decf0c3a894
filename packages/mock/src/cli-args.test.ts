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
        managementKeys: ['a', 'b'],
      },
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
  ])('rejects %j', (argv, message) => {
    const parsed = parseCliArgs(argv)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.error).toContain(message)
  })
})
