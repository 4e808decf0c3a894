// A small checker for the part of JSON Schema that the bundled spec uses to describe data: `type`
// (one name or a list, "null" included), `format` (uuid and date-time; OpenAPI's numeric formats
// need no check), `enum`, `minimum`, `minLength`, and `properties` + `required` for objects,
// `items` for arrays. Properties a schema does not list are left to the caller (the API adds
// fields over time). Hand-written rather than ajv: ajv is a large runtime dependency that compiles
// validators with `new Function`, which some test environments forbid, for a dozen lines of rules.
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

/** The first place where `value` breaks `schema`, or undefined when it conforms. */
export function findViolation(
  schema: JsonSchema,
  value: unknown,
  path: string,
): SchemaViolation | undefined {
  const violation = (): SchemaViolation => ({
    path,
    expected: describeSchema(schema),
    missing: false,
    value,
  })
  const types = typesOf(schema)
  if (types && !types.some((type) => matchesType[type](value))) return violation()
  if (schema.enum && !schema.enum.some((allowed) => sameJson(allowed, value))) return violation()
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) return violation()
    const check = formatCheck[schema.format as keyof typeof formatCheck]
    if (check && !check(value)) return violation()
  }
  if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
    return violation()
  }
  if (Array.isArray(value) && schema.items) {
    for (const [index, item] of value.entries()) {
      const found = findViolation(schema.items, item, `${path}[${index}]`)
      if (found) return found
    }
  }
  if (isPlainObject(value)) return findPropertyViolation(schema, value, path)
  return undefined
}

function findPropertyViolation(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string,
): SchemaViolation | undefined {
  const properties = schema.properties ?? {}
  for (const name of schema.required ?? []) {
    if (!Object.hasOwn(value, name)) {
      const expected = properties[name] ? describeSchema(properties[name]) : 'a value'
      return { path: propertyPath(path, name), expected, missing: true, value: undefined }
    }
  }
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (!Object.hasOwn(value, name)) continue
    const found = findViolation(propertySchema, value[name], propertyPath(path, name))
    if (found) return found
  }
  return undefined
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
