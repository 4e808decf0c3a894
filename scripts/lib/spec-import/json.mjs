// Small helpers over plain JSON values (what a parsed OpenAPI document is made of).

export const isObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A deep copy of a JSON value. */
export const copy = (value) => structuredClone(value)

/** The value at an RFC 6901 JSON pointer (`''` is the whole value), or undefined. */
export function atPointer(value, pointer) {
  if (pointer === '') return value
  if (!pointer.startsWith('/')) throw new Error(`Not a JSON pointer: "${pointer}"`)
  let current = value
  for (const part of pointer.slice(1).split('/')) {
    const key = part.replaceAll('~1', '/').replaceAll('~0', '~')
    if (!isObject(current) && !Array.isArray(current)) return undefined
    current = current[key]
  }
  return current
}

/** Replaces the value at `pointer` inside `value` (which must exist). */
export function setAtPointer(value, pointer, replacement) {
  const parts = pointer.slice(1).split('/')
  const last = parts.pop().replaceAll('~1', '/').replaceAll('~0', '~')
  const parent = atPointer(value, parts.length ? `/${parts.join('/')}` : '')
  parent[last] = replacement
}

/** `#/components/schemas/ApiKey` for a component name. */
export const schemaRef = (name) => ({ $ref: `#/components/schemas/${name}` })
