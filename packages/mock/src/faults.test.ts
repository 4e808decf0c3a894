import { describe, expect, it } from 'vitest'
import { type Fault, FaultPlan, type RequestTarget } from './faults'

/** A request that any untargeted fault applies to. */
const LIST: RequestTarget = { operation: 'listApiKeys', method: 'GET', path: '/keys' }

describe('FaultPlan', () => {
  it('hands out scripted faults in order, then nothing', () => {
    const plan = new FaultPlan(1)
    plan.enqueue([{ status: 500 }, { drop: true }])
    expect([plan.next(LIST), plan.next(LIST), plan.next(LIST)]).toEqual([
      { status: 500 },
      { drop: true },
      undefined,
    ])
  })

  it('prefers the scripted queue over chaos', () => {
    const plan = new FaultPlan(1)
    plan.setChaos({ rate: 1 })
    plan.enqueue([{ delayMs: 1 }])
    expect(plan.next(LIST)).toEqual({ delayMs: 1 })
    expect(plan.next(LIST)).toBeDefined()
  })

  it.each<[unknown, RegExp]>([
    [{ status: 99 }, /\[0\]\.status: expected an integer 200-599, got 99/],
    [{ status: 429.5 }, /status/],
    [{ delayMs: -1 }, /delayMs: expected a non-negative number/],
    [{ retryAfter: '1' }, /retryAfter/],
    [{ drop: 'yes' }, /drop: expected a boolean/],
    [{ headers: { a: 1 } }, /headers/],
    [{ stauts: 500 }, /unknown fault field "stauts"/],
    [null, /expected a fault object/],
    [{ status: 100 }, /status: expected an integer 200-599, got 100/],
    [{ status: 600 }, /status: expected an integer 200-599, got 600/],
    [{ status: 204, body: 'x' }, /body: expected no body with status 204 .*got "x"/],
    [{ status: 304, body: '' }, /body: expected no body with status 304/],
    [{ delayMs: Number.NaN }, /delayMs: expected a non-negative number <= 2147483647, got NaN/],
    [{ delayMs: 2 ** 31 }, /delayMs: expected a non-negative number <= 2147483647, got 2147483648/],
    [{ delayMs: Number.POSITIVE_INFINITY }, /delayMs: .*got Infinity/],
    [{ retryAfterMs: -5 }, /retryAfterMs: expected a non-negative number, got -5/],
    [{ contentType: '' }, /contentType: expected a non-empty string/],
    [
      { contentType: 'text/html\r\nx-injected: 1' },
      /contentType: not a valid header value: it contains U\+000D \(a control character\) at index 9/,
    ],
    [
      { contentType: 'text/html ' },
      /contentType: not a valid header value: it starts or ends with whitespace/,
    ],
    [{ headers: { 'bad name': 'x' } }, /headers: "bad name" is not a valid header name/],
    [{ headers: { 'x-a:': 'x' } }, /headers: "x-a:" is not a valid header name/],
    [{ headers: { '': 'x' } }, /headers: "" is not a valid header name/],
    [{ headers: { 'Content-Length': '5' } }, /headers: "Content-Length" is set by the transport/],
    [
      { headers: { 'x-a': 'one\ntwo' } },
      /headers\["x-a"\]: not a valid header value: it contains U\+000A \(a control character\) at index 3/,
    ],
    [
      { headers: { 'x-a': 'caf\u0100' } },
      /headers\["x-a"\]: .*contains U\+0100 \(above U\+00FF\) at index 3/,
    ],
    [
      { headers: { 'x-a': 'nul\u0000' } },
      /headers\["x-a"\]: not a valid header value: it contains U\+0000/,
    ],
    [
      { headers: [['x-a', '1']] },
      /headers: expected a plain object of header names to string values/,
    ],
    [{ headers: new Headers({ 'x-a': '1' }) }, /headers: expected a plain object/],
    [{ drop: true, status: 500 }, /drop sends no response, so status would be ignored/],
    [{ drop: true, headers: {} }, /drop sends no response, so headers would be ignored/],
  ])('rejects %j with a TypeError naming the field', (fault, message) => {
    const plan = new FaultPlan(1)
    expect(() => plan.enqueue([fault as Fault])).toThrow(TypeError)
    expect(() => plan.enqueue([fault as Fault])).toThrow(message)
  })

  it('accepts what HTTP allows: token names, obs-text values, and a 204 without a body', () => {
    const plan = new FaultPlan(1)
    plan.enqueue([
      { headers: { "x-a!#$%&'*+-.^_`|~1": 'v', 'x-latin': 'caf\u00e9', 'x-tab': 'a\tb' } },
      { status: 204 },
      { status: 204, contentType: 'text/plain' },
      { drop: true, delayMs: 10 },
    ])
    expect(plan.next(LIST)?.headers).toEqual({
      "x-a!#$%&'*+-.^_`|~1": 'v',
      'x-latin': 'caf\u00e9',
      'x-tab': 'a\tb',
    })
  })

  it('names the bad character of a header value, never the value (it may be a secret)', () => {
    const plan = new FaultPlan(1)
    const secret = 'sk-or-v1-0123456789abcdef\r\n'
    const enqueue = () => plan.enqueue([{ headers: { 'x-echo': secret } }])
    expect(enqueue).toThrow('enqueueFaults[0].headers["x-echo"]: not a valid header value')
    expect(enqueue).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-or-v1') }),
    )
  })

  it('rejects a non-array of faults', () => {
    const plan = new FaultPlan(1)
    expect(() =>
      plan.enqueue({ status: 500 } as unknown as Fault[], 'createMockServer: faults'),
    ).toThrow('createMockServer: faults: expected an array of faults, got {"status":500}')
  })

  it('validates chaos options', () => {
    const plan = new FaultPlan(1)
    expect(() => plan.setChaos({ rate: 2 })).toThrow(/rate: expected a number between 0 and 1/)
    expect(() => plan.setChaos({ rate: Number.NaN })).toThrow(/rate: .*got NaN/)
    expect(() => plan.setChaos({ rate: 0.5, seed: 1.5 })).toThrow(/seed/)
    expect(() => plan.setChaos({ rate: 0.5, sede: 1 } as never)).toThrow(
      'setChaos: unknown chaos field "sede" (expected one of operation, method, path, rate, seed, faults)',
    )
    expect(() => plan.setChaos(0.5 as never)).toThrow(
      'setChaos: expected { rate, seed?, faults?, operation? | method?, path? }, got 0.5',
    )
    expect(() => plan.setChaos(undefined as never)).toThrow(TypeError)
  })
})
