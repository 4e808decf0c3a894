import { describe, expect, it } from 'vitest'
import { describeValue, findNonJson } from './json-value'

describe('findNonJson', () => {
  it('accepts plain JSON, nested', () => {
    const value = { a: [1, 'b', null, true, { c: [] }], 'odd name': {}, empty: Object.create(null) }
    expect(findNonJson(value, 'meta')).toBeUndefined()
  })

  it('accepts the same object twice when it is not a cycle', () => {
    const shared = { x: 1 }
    expect(findNonJson({ left: shared, right: shared }, 'meta')).toBeUndefined()
  })

  it.each<[string, unknown, string]>([
    ['meta', Number.NaN, 'got NaN'],
    ['meta.a.b', { a: { b: 1n } }, 'got 1n'],
    ['meta.list[1]', { list: [1, undefined] }, 'got undefined'],
    ['meta.when', { when: new Date(0) }, 'got a Date (1970-01-01T00:00:00.000Z)'],
    ['meta["a b"]', { 'a b': new Set() }, 'got an instance of Set'],
    ['meta.run', { run: () => 1 }, 'got a function'],
    ['meta.id', { id: Symbol('id') }, 'got Symbol(id)'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    ['meta[1]', [1, , 3], 'is a hole in a sparse array'],
  ])('finds the non-JSON value at %s', (path, value, message) => {
    const problem = findNonJson(value, 'meta')
    expect(problem?.path).toBe(path)
    expect(problem?.message).toContain(message)
  })

  it('names a cycle where it closes', () => {
    const node: Record<string, unknown> = { child: {} }
    ;(node.child as Record<string, unknown>).parent = node
    expect(findNonJson(node, 'tree')).toEqual({
      path: 'tree.child.parent',
      message: 'refers back to itself (a cycle JSON cannot hold)',
    })
  })
})

describe('describeValue', () => {
  it('shows JSON where faithful and words otherwise, cutting long text', () => {
    expect(describeValue('a')).toBe('"a"')
    expect(describeValue(5)).toBe('5')
    expect(describeValue(Number.NEGATIVE_INFINITY)).toBe('-Infinity')
    expect(describeValue(undefined)).toBe('undefined')
    expect(describeValue(new Date(Number.NaN))).toBe('an invalid Date')
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(describeValue(cyclic)).toBe('an object')
    expect(describeValue('x'.repeat(200))).toBe(`"${'x'.repeat(79)}...`)
  })
})
