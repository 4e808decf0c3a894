// A small checker for the part of JSON Schema that the bundled spec uses to describe data: `type`
// (one name or a list, "null" included), `format` (uuid and date-time; OpenAPI's numeric formats
// need no check), `enum`, `minimum`, `minLength`, and `properties` + `required` for objects,
// `items` for arrays. Properties a schema does not list are left to the caller (the API adds
// fields over time). Hand-written rather than ajv: ajv is a large runtime dependency that compiles
// validators with `new Function`, which some test environments forbid, and this subset is small.
import { isDateTime, isUuid } from './formats'
import { isPlainObject, propertyPath } from './json-value'

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array'

export interface JsonSchema {
  type?: JsonType | JsonType[]
  format?: string
  enum?: unknown[]
  minimum?: number
  minLength?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
}

/** The keywords this checker enforces; a spec schema using another validation keyword needs code here. */
export const CHECKED_KEYWORDS: ReadonlyArray<keyof JsonSchema> = [
  'type',
  'format',
  'enum',
  'minimum',
  'minLength',
  'properties',
  'required',
  'items',
]

/** Formats with a check; OpenAPI's numeric formats (`double`, `int32`, ...) add nothing to `type`. */
export const CHECKED_FORMATS = ['uuid', 'date-time'] as const
export const NUMERIC_FORMATS = ['double', 'float', 'int32', 'int64'] as const

export interface SchemaViolation {
  /** Where, e.g. `workspace_id` or `keys[2].workspace_id`. */
  path: string
  /** What the schema wants, in words: `a UUID string`, `a number >= 0 or null`. */
  expected: string
  /** True when a required property is absent (then there is no value to show). */
  missing: boolean
  value: unknown
}

const matchesType: Record<JsonType, (value: unknown) => boolean> = {
  string: (value) => typeof value === 'string',
  // NaN and the infinities are not JSON numbers.
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
  object: isPlainObject,
  array: Array.isArray,
}

const formatCheck: Record<(typeof CHECKED_FORMATS)[number], (text: string) => boolean> = {
  uuid: isUuid,
  'date-time': isDateTime,
}

function typesOf(schema: JsonSchema): JsonType[] | undefined {
  if (schema.type === undefined) return undefined
  return Array.isArray(schema.type) ? schema.type : [schema.type]
}

/** Where a check failed, as path segments from the checked value down (built only on failure). */
interface Failure {
  segments: Array<string | number>
  schema: JsonSchema
  missing: boolean
  value: unknown
}

type Check = (value: unknown) => Failure | undefined

/**
 * Code points, as JSON Schema counts string length; a string with at least twice as many UTF-16
 * units as needed has enough code points, which spares the count for almost every value.
 */
function hasMinLength(text: string, minLength: number): boolean {
  if (text.length >= 2 * minLength) return true
  return [...text].length >= minLength
}

/** One closure per schema node, built once: checking a key then allocates nothing unless it fails. */
function compile(schema: JsonSchema): Check {
  const types = typesOf(schema)
  const typeChecks = types?.map((type) => matchesType[type])
  const format = formatCheck[schema.format as keyof typeof formatCheck]
  const { minimum, minLength, required = [] } = schema
  const allowed = schema.enum
  const items = schema.items && compile(schema.items)
  const properties = Object.entries(schema.properties ?? {}).map(
    ([name, property]) => [name, compile(property)] as const,
  )
  const fail = (value: unknown): Failure => ({ segments: [], schema, missing: false, value })
  const below = (failure: Failure, segment: string | number): Failure => {
    failure.segments.unshift(segment)
    return failure
  }
  return (value) => {
    if (typeChecks && !typeChecks.some((matches) => matches(value))) return fail(value)
    if (allowed && !allowed.some((candidate) => sameJson(candidate, value))) return fail(value)
    if (typeof value === 'string') {
      if (minLength !== undefined && !hasMinLength(value, minLength)) return fail(value)
      if (format && !format(value)) return fail(value)
    } else if (typeof value === 'number') {
      if (minimum !== undefined && value < minimum) return fail(value)
    } else if (Array.isArray(value)) {
      if (items) {
        for (let index = 0; index < value.length; index++) {
          const failure = items(value[index])
          if (failure) return below(failure, index)
        }
      }
    } else if (isPlainObject(value)) {
      for (const name of required) {
        if (!Object.hasOwn(value, name)) {
          const property = schema.properties?.[name] ?? {}
          return { segments: [name], schema: property, missing: true, value: undefined }
        }
      }
      for (const [name, check] of properties) {
        if (!Object.hasOwn(value, name)) continue
        const failure = check(value[name])
        if (failure) return below(failure, name)
      }
    }
    return undefined
  }
}

const compiled = new WeakMap<JsonSchema, Check>()

/** The first place where `value` breaks `schema`, or undefined when it conforms. */
export function findViolation(
  schema: JsonSchema,
  value: unknown,
  path: string,
): SchemaViolation | undefined {
  let check = compiled.get(schema)
  if (!check) {
    check = compile(schema)
    compiled.set(schema, check)
  }
  const failure = check(value)
  if (!failure) return undefined
  let at = path
  for (const segment of failure.segments) {
    at = typeof segment === 'number' ? `${at}[${segment}]` : propertyPath(at, segment)
  }
  const expected =
    failure.missing && Object.keys(failure.schema).length === 0
      ? 'a value'
      : describeSchema(failure.schema)
  return { path: at, expected, missing: failure.missing, value: failure.value }
}

function sameJson(left: unknown, right: unknown): boolean {
  if (left === right) return true
  if (typeof left !== 'object' || typeof right !== 'object') return false
  return JSON.stringify(left) === JSON.stringify(right)
}

/** A schema in words, for "must be ..." messages. */
export function describeSchema(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`
  const types = typesOf(schema)
  if (!types) return 'a JSON value'
  return types.map((type) => describeType(type, schema)).join(' or ')
}

function describeType(type: JsonType, schema: JsonSchema): string {
  const atLeast = schema.minimum === undefined ? '' : ` >= ${schema.minimum}`
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return 'a UUID string'
      if (schema.format === 'date-time') return 'an ISO 8601 date-time string'
      if (schema.minLength === 1) return 'a non-empty string'
      if (schema.minLength !== undefined) return `a string of ${schema.minLength}+ characters`
      return 'a string'
    case 'number':
      return `a number${atLeast}`
    case 'integer':
      return `an integer${atLeast}`
    case 'boolean':
      return 'a boolean'
    case 'null':
      return 'null'
    case 'object':
      return 'an object'
    case 'array':
      return 'an array'
  }
}
