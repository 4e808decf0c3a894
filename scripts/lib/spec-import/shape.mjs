// What two schemas must share to be "the same schema": everything but their annotations. Upstream
// repeats the key object with a description here and an example there; those copies are one type.
import { copy, isObject } from './json.mjs'
import { walkSchema } from './schema-walk.mjs'

const ANNOTATIONS = ['description', 'title', 'example', 'examples', '$comment']

/** A string that is equal for two schemas exactly when they differ in annotations only. */
export function shapeOf(schema) {
  const holder = { schema: copy(schema) }
  walkSchema(holder, 'schema', (node) => {
    for (const keyword of ANNOTATIONS) delete node[keyword]
    // `required` is a set: its order means nothing.
    if (Array.isArray(node.required)) node.required = [...node.required].sort()
  })
  return canonicalJson(holder.schema)
}

/** JSON with object keys in sorted order, so that key order never matters. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (!isObject(value)) return JSON.stringify(value)
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
  return `{${entries.join(',')}}`
}

/** The property names one object schema has and the other lacks, for a readable warning. */
export function propertyDifference(expected, actual) {
  const names = (schema) =>
    new Set(Object.keys(isObject(schema?.properties) ? schema.properties : {}))
  const before = names(expected)
  const after = names(actual)
  const added = [...after].filter((name) => !before.has(name)).map((name) => `+${name}`)
  const removed = [...before].filter((name) => !after.has(name)).map((name) => `-${name}`)
  const changed = [...before].filter(
    (name) =>
      after.has(name) && shapeOf(expected.properties[name]) !== shapeOf(actual.properties[name]),
  )
  return [...added, ...removed, ...changed.map((name) => `~${name}`)].join(', ') || 'other keywords'
}
