// Values as error messages show them, and the check that a value survives JSON unchanged (the
// mock sends its state as JSON, so anything else would be lost or turn every request into a 500).

/** Longer descriptions are cut: a message names the value, it does not dump it. */
const MAX_DESCRIPTION_LENGTH = 80

/** A value for an error message: JSON where that is faithful, a plain-words name otherwise. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  if (typeof value === 'bigint') return `${value}n`
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'symbol') return value.toString()
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`
  }
  if (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !isPlainObject(value)
  ) {
    return `an instance of ${value.constructor?.name ?? 'a class'}`
  }
  let text: string
  try {
    text = JSON.stringify(value)
  } catch {
    // A cycle or a BigInt somewhere inside.
    text = Array.isArray(value) ? 'an array' : 'an object'
  }
  return text.length > MAX_DESCRIPTION_LENGTH ? `${text.slice(0, MAX_DESCRIPTION_LENGTH)}...` : text
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** `path.name`, or `path["odd name"]` when the name is not an identifier. */
export function propertyPath(path: string, name: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${path}[${JSON.stringify(name)}]`
  return path === '' ? name : `${path}.${name}`
}

export interface JsonProblem {
  /** Where the value sits, e.g. `keys[0].meta.tags[2]`. */
  path: string
  /** What is wrong, as the end of a sentence starting with the path. */
  message: string
}

/**
 * The first place where `value` is not plain JSON: a string, a finite number, a boolean, null, an
 * array without holes or a plain object of those, without cycles. `JSON.stringify` would turn the
 * rest into something else silently (NaN into null, a Map into {}) or throw (a BigInt, a cycle).
 */
export function findNonJson(
  value: unknown,
  path: string,
  ancestors: Set<object> = new Set(),
): JsonProblem | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') {
    return Number.isFinite(value) ? undefined : notJson(path, value)
  }
  if (typeof value !== 'object') return notJson(path, value)
  if (!Array.isArray(value) && !isPlainObject(value)) return notJson(path, value)
  if (ancestors.has(value))
    return { path, message: 'refers back to itself (a cycle JSON cannot hold)' }
  ancestors.add(value)
  try {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) {
        const itemPath = `${path}[${index}]`
        if (!(index in value)) return { path: itemPath, message: 'is a hole in a sparse array' }
        const problem = findNonJson(value[index], itemPath, ancestors)
        if (problem) return problem
      }
      return undefined
    }
    for (const [name, item] of Object.entries(value)) {
      const problem = findNonJson(item, propertyPath(path, name), ancestors)
      if (problem) return problem
    }
    return undefined
  } finally {
    ancestors.delete(value)
  }
}

function notJson(path: string, value: unknown): JsonProblem {
  return {
    path,
    message: `must be a JSON value (a string, a finite number, a boolean, null, an array or a plain object), got ${describeValue(value)}`,
  }
}

/**
 * A deep copy of plain JSON (what the state holds: checked with findNonJson when it enters).
 * Several times faster than structuredClone, which dominated creating 10,000 keys.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(cloneJson) as T
  const copy: Record<string, unknown> = {}
  for (const name of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[name]
    // Most fields are strings, numbers, booleans or null: copied as they are, without a call.
    copy[name] = typeof field === 'object' && field !== null ? cloneJson(field) : field
  }
  return copy as T
}
