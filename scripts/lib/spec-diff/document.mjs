// Helpers over the two documents that spec-diff compares: equality, local $refs, the operations.

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

export const isObject = (value) =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deep equality of two JSON values, key order ignored. */
export const isEqual = (a, b) => canonicalJson(a) === canonicalJson(b)

export function canonicalJson(value) {
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (!isObject(value)) return JSON.stringify(value)
  const keys = Object.keys(value).sort()
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`
}

/**
 * `node` with its local $ref followed (repeatedly); sibling keywords of a $ref (OpenAPI 3.1)
 * override the target's. A reference cycle stops at the node that closes it.
 */
export function resolve(document, node, seen = new Set()) {
  if (!isObject(node) || typeof node.$ref !== 'string') return node
  const ref = node.$ref
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  if (seen.has(ref)) return node
  seen.add(ref)
  const target = ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((value, key) => value?.[key], document)
  if (target === undefined) throw new Error(`Unresolved $ref ${ref}`)
  const { $ref: _ref, ...siblings } = node
  return { ...resolve(document, target, seen), ...siblings }
}

/** `"GET /keys"` -> `{ path, item, operation }` for every operation of the document. */
export function operationsOf(document) {
  const result = new Map()
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolve(document, rawItem)
    for (const method of METHODS) {
      if (isObject(item?.[method])) {
        result.set(`${method.toUpperCase()} ${path}`, { path, item, operation: item[method] })
      }
    }
  }
  return result
}

/** `/keys/{hash}` -> `/keys/{}`: what stays when only path parameter names change. */
export const pathShape = (path) => path.replace(/\{[^}]*\}/g, '{}')
