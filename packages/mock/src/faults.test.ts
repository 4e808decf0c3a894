import { describe, expect, it } from 'vitest'
import { type Fault, FaultPlan } from './faults'

describe('FaultPlan', () => {
  it('hands out scripted faults in order, then nothing', () => {
    const plan = new FaultPlan(1)
    plan.enqueue([{ status: 500 }, { drop: true }])
    expect([plan.next(), plan.next(), plan.next()]).toEqual([
      { status: 500 },
      { drop: true },
      undefined,
    ])
  })

  it('prefers the scripted queue over chaos', () => {
    const plan = new FaultPlan(1)
    plan.setChaos({ rate: 1 })
    plan.enqueue([{ delayMs: 1 }])
    expect(plan.next()).toEqual({ delayMs: 1 })
    expect(plan.next()).toBeDefined()
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
  ])('rejects %j with a TypeError naming the field', (fault, message) => {
    const plan = new FaultPlan(1)
    expect(() => plan.enqueue([fault as Fault])).toThrow(TypeError)
    expect(() => plan.enqueue([fault as Fault])).toThrow(message)
  })

  it('validates chaos options', () => {
    const plan = new FaultPlan(1)
    expect(() => plan.setChaos({ rate: 2 })).toThrow(/rate: expected a number between 0 and 1/)
    expect(() => plan.setChaos({ rate: 0.5, seed: 1.5 })).toThrow(/seed/)
  })
})
