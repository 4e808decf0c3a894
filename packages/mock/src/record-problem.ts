// What is wrong with a record put into the state (a key, a workspace), checked against its spec
// schema: the first violation, or a field the spec does not list that is not plain JSON.
import { findViolation, type JsonSchema } from './json-schema'
import { describeValue, findNonJson, isPlainObject, propertyPath } from './json-value'

export interface RecordKind {
  /** How the record is named when `path` is empty: "the key". */
  noun: string
  /** The spec's schema name, for "must be a plain ApiKey object". */
  kind: string
}

/**
 * A sentence starting with the bad value's path (`path` is `keys[2]` for an option entry, ''
 * for a method argument), or undefined when `value` is a valid record.
 */
export function recordProblem(
  value: unknown,
  path: string,
  schema: JsonSchema,
  { noun, kind }: RecordKind,
): string | undefined {
  if (!isPlainObject(value)) {
    return `${path === '' ? noun : path} must be a plain ${kind} object, got ${describeValue(value)}`
  }
  const violation = findViolation(schema, value, path)
  if (violation) {
    return violation.missing
      ? `${violation.path} is missing: expected ${violation.expected}`
      : `${violation.path} must be ${violation.expected}, got ${describeValue(violation.value)}`
  }
  for (const [name, field] of Object.entries(value)) {
    if (schema.properties && Object.hasOwn(schema.properties, name)) continue
    const problem = findNonJson(field, propertyPath(path, name))
    if (problem) return `${problem.path} (a field the spec does not list) ${problem.message}`
  }
  return undefined
}
