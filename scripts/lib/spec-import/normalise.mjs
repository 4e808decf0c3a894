// Step 3: OpenAPI 3.0 forms written the 3.1 way, one spelling for each meaning, and vendor
// extensions for other generators dropped, so that an older or newer upstream file that says the
// same thing gives the same bytes.
import { isObject } from './json.mjs'
import { operationSchemaSlots, walkSchema } from './schema-walk.mjs'

/**
 * Rewrites one schema node in place:
 * - `nullable: true` (OpenAPI 3.0; JSON Schema 2020-12 ignores it, so a 3.1 validator would
 *   reject the nulls the API sends) becomes `'null'` in `type`, `null` in `enum`, or a
 *   `{ type: 'null' }` branch of `anyOf`/`oneOf`; `nullable: false` is dropped;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become the 3.1 numbers;
 * - `'null'` goes last in a type list; `additionalProperties: {}` (any value) is written `true`;
 * - `allOf: [X, { description }]` (3.0's way to describe a reference) is X with that description.
 */
export function normaliseSchemaNode(schema) {
  collapseAnnotatedAllOf(schema)
  if ('nullable' in schema) {
    const { nullable } = schema
    delete schema.nullable
    if (nullable === true) makeNullable(schema)
  }
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ]) {
    if (typeof schema[exclusive] !== 'boolean') continue
    if (schema[exclusive] && typeof schema[bound] === 'number') {
      schema[exclusive] = schema[bound]
      delete schema[bound]
    } else {
      delete schema[exclusive]
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    schema.type = [...schema.type.filter((type) => type !== 'null'), 'null']
  }
  if (allowsAnyValue(schema.additionalProperties)) schema.additionalProperties = true
}

// `{}` (any value) and 3.0's `{ nullable: true }` (any value, null included). The parent is
// visited before its subschemas, so the 3.0 form is still unnormalised here.
const allowsAnyValue = (schema) =>
  isObject(schema) && Object.keys(schema).every((key) => key === 'nullable')

const ANNOTATIONS = new Set([
  'description',
  'title',
  'example',
  'examples',
  '$comment',
  'deprecated',
])
const onlyAnnotations = (schema) =>
  isObject(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key))

function collapseAnnotatedAllOf(schema) {
  const branches = schema.allOf
  if (!Array.isArray(branches)) return
  const substantive = branches.filter((branch) => !onlyAnnotations(branch))
  const { allOf: _branches, ...rest } = schema
  if (substantive.length !== 1 || !isObject(substantive[0]) || !onlyAnnotations(rest)) return
  const annotations = Object.assign({}, ...branches.filter(onlyAnnotations), rest)
  for (const key of Object.keys(schema)) delete schema[key]
  Object.assign(schema, substantive[0], annotations)
}

function makeNullable(schema) {
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null']
  else if (Array.isArray(schema.type) && !schema.type.includes('null')) schema.type.push('null')
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum.push(null)
  if (schema.type === undefined) {
    for (const keyword of ['anyOf', 'oneOf']) {
      const branches = schema[keyword]
      if (Array.isArray(branches) && !branches.some((branch) => branch?.type === 'null')) {
        branches.push({ type: 'null' })
      }
    }
  }
  // A schema with no type and no branches already allows null: nothing to add.
}

/** Normalises every schema of an operation, in place. */
export function normaliseOperationSchemas(operation) {
  for (const { holder, key } of operationSchemaSlots(operation)) {
    walkSchema(holder, key, (schema) => normaliseSchemaNode(schema))
  }
}

// Keys of these objects are names chosen by the API's authors (paths, status codes, media types,
// property and header names), never extensions, even when they start with `x-`.
const NAME_MAPS = new Set([
  'paths',
  'responses',
  'content',
  'headers',
  'properties',
  'patternProperties',
  '$defs',
  'dependentSchemas',
  'schemas',
  'parameters',
  'securitySchemes',
  'requestBodies',
  'links',
  'callbacks',
  'encoding',
  'variables',
  'scopes',
  'mapping',
])
// Values that are data (examples, defaults, allowed values), not OpenAPI objects.
const DATA_VALUES = new Set(['example', 'examples', 'default', 'enum', 'const', 'value'])

/** `x-openrouter-*` style globs -> a test of one extension name. */
export function extensionFilter(patterns) {
  const expressions = patterns.map(
    (pattern) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`),
  )
  return (name) => expressions.some((expression) => expression.test(name))
}

/** Drops every `x-*` key that `keep` rejects, anywhere in `node`, in place. */
export function dropExtensions(node, keep, isNameMap = false) {
  if (Array.isArray(node)) {
    for (const item of node) dropExtensions(item, keep)
    return
  }
  if (!isObject(node)) return
  for (const key of Object.keys(node)) {
    if (!isNameMap && key.startsWith('x-') && !keep(key)) {
      delete node[key]
      continue
    }
    if (!isNameMap && DATA_VALUES.has(key)) continue
    dropExtensions(node[key], keep, !isNameMap && NAME_MAPS.has(key))
  }
}
