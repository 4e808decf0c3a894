import { describe, expect, it } from 'vitest'
import { describeSchema, findViolation, type JsonSchema } from './json-schema'

const check = (schema: JsonSchema, value: unknown) => findViolation(schema, value, 'field')

describe('findViolation', () => {
  it('checks one type or a list of types, with null', () => {
    expect(check({ type: 'string' }, 'a')).toBeUndefined()
    expect(check({ type: 'string' }, null)).toMatchObject({ expected: 'a string', value: null })
    expect(check({ type: ['string', 'null'] }, null)).toBeUndefined()
    expect(check({ type: ['number', 'null'] }, '1')).toMatchObject({
      expected: 'a number or null',
    })
  })

  it('does not take NaN or Infinity for a number, nor 1.5 for an integer', () => {
    expect(check({ type: 'number' }, Number.NaN)).toBeDefined()
    expect(check({ type: 'number' }, Number.POSITIVE_INFINITY)).toBeDefined()
    expect(check({ type: 'integer' }, 1.5)).toBeDefined()
    expect(check({ type: 'integer' }, 2)).toBeUndefined()
  })

  it('checks the uuid and date-time formats, and ignores the numeric ones', () => {
    expect(check({ type: 'string', format: 'uuid' }, 'nope')).toMatchObject({
      expected: 'a UUID string',
    })
    expect(check({ type: ['string', 'null'], format: 'date-time' }, '2025-08-24')).toMatchObject({
      expected: 'an ISO 8601 date-time string or null',
    })
    expect(check({ type: ['string', 'null'], format: 'date-time' }, null)).toBeUndefined()
    expect(check({ type: 'number', format: 'double' }, 1.25)).toBeUndefined()
  })

  it('checks enum (null included only when listed), minimum and minLength', () => {
    const reset: JsonSchema = { type: ['string', 'null'], enum: ['daily', 'weekly', null] }
    expect(check(reset, 'weekly')).toBeUndefined()
    expect(check(reset, null)).toBeUndefined()
    expect(check(reset, 'yearly')).toMatchObject({ expected: 'one of "daily", "weekly", null' })
    expect(check({ type: 'string', enum: ['a'] }, null)).toBeDefined()
    expect(check({ type: 'number', minimum: 0 }, -0.01)).toMatchObject({
      expected: 'a number >= 0',
    })
    expect(check({ type: 'number', minimum: 0 }, 0)).toBeUndefined()
    expect(check({ type: 'string', minLength: 1 }, '')).toMatchObject({
      expected: 'a non-empty string',
    })
  })

  it('walks required properties, properties and items, naming the path', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['id', 'tags'],
      properties: {
        id: { type: 'string', format: 'uuid' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    }
    expect(check(schema, { tags: [] })).toEqual({
      path: 'field.id',
      expected: 'a UUID string',
      missing: true,
      value: undefined,
    })
    expect(
      check(schema, { id: '0df9e665-d932-5740-b2c7-b52af166bc11', tags: ['a', 2] }),
    ).toMatchObject({ path: 'field.tags[1]', expected: 'a string', value: 2 })
    expect(
      check(schema, { id: '0df9e665-d932-5740-b2c7-b52af166bc11', tags: [], extra: 1n }),
    ).toBeUndefined()
  })

  it('takes only own properties as present', () => {
    const schema: JsonSchema = { type: 'object', required: ['toString'] }
    expect(check(schema, {})).toMatchObject({ path: 'field.toString', missing: true })
  })
})

describe('describeSchema', () => {
  it('words every type, and says "a JSON value" for no type', () => {
    expect(describeSchema({ type: ['integer', 'boolean', 'object', 'array', 'null'] })).toBe(
      'an integer or a boolean or an object or an array or null',
    )
    expect(describeSchema({ type: 'integer', minimum: 1 })).toBe('an integer >= 1')
    expect(describeSchema({ type: 'string', minLength: 3 })).toBe('a string of 3+ characters')
    expect(describeSchema({})).toBe('a JSON value')
  })
})
