// Where JSON Schemas sit inside an OpenAPI operation and inside each other. The import rewrites
// schemas (3.0 forms, extensions, names) and must not mistake a property *named* `nullable` or
// `items` for the keyword, so it walks schema positions only, never every object.
import { isObject } from './json.mjs'

// Keywords whose value is one schema, a list of schemas, or a map of name -> schema.
const ONE_SCHEMA = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if']
const ONE_SCHEMA_MORE = ['then', 'else', 'unevaluatedItems', 'unevaluatedProperties']
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems']
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas']

/**
 * Calls `visit(schema, replace)` for the schema at `parent[key]` and then for every subschema,
 * depth first, parents before children. `replace(next)` swaps the node in its parent; the walk
 * then does not descend into the old node. Boolean schemas (`true`, `false`) are not visited.
 */
export function walkSchema(parent, key, visit) {
  const schema = parent[key]
  if (!isObject(schema)) return
  let replaced = false
  visit(schema, (next) => {
    parent[key] = next
    replaced = true
  })
  if (replaced) return
  for (const keyword of [...ONE_SCHEMA, ...ONE_SCHEMA_MORE]) {
    if (keyword in schema) walkSchema(schema, keyword, visit)
  }
  for (const keyword of SCHEMA_LISTS) {
    if (Array.isArray(schema[keyword])) {
      for (let index = 0; index < schema[keyword].length; index++) {
        walkSchema(schema[keyword], index, visit)
      }
    }
  }
  for (const keyword of SCHEMA_MAPS) {
    if (isObject(schema[keyword])) {
      for (const name of Object.keys(schema[keyword])) walkSchema(schema[keyword], name, visit)
    }
  }
}

/**
 * Every place an operation holds a schema, as `{ where, holder, key }` (`holder[key]` is the
 * schema): parameter schemas, request bodies and response bodies of every media type.
 */
export function operationSchemaSlots(operation) {
  const slots = []
  for (const parameter of operation.parameters ?? []) {
    if (isObject(parameter?.schema)) {
      slots.push({ where: `parameter ${parameter.name}`, holder: parameter, key: 'schema' })
    }
  }
  for (const [mediaType, media] of Object.entries(operation.requestBody?.content ?? {})) {
    if (isObject(media?.schema)) {
      slots.push({ where: `request ${mediaType}`, holder: media, key: 'schema' })
    }
  }
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    for (const [mediaType, media] of Object.entries(response?.content ?? {})) {
      if (isObject(media?.schema)) {
        slots.push({ where: `${status} ${mediaType}`, holder: media, key: 'schema' })
      }
    }
  }
  return slots
}
