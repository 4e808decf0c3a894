// Step 2: resolve every local $ref, so that what follows sees each schema where it is used,
// whatever way upstream factored it into components (and renamed them) this time.
import { atPointer, isObject } from './json.mjs'

/**
 * Returns `dereference(node, where)`: a copy of `node` with every `#/...` $ref replaced by a copy
 * of its target. Keywords beside a $ref (OpenAPI 3.1 allows `description` there) override the
 * target's. A recursive schema or a reference to another file is an error naming `where`.
 */
export function createDereferencer(document) {
  function resolve(node, where, stack) {
    if (Array.isArray(node)) return node.map((item) => resolve(item, where, stack))
    if (!isObject(node)) return node
    if (typeof node.$ref === 'string') {
      const { $ref: ref, ...siblings } = node
      if (!ref.startsWith('#/')) {
        throw new Error(`${where}: only references inside the document are supported, got ${ref}`)
      }
      if (stack.includes(ref)) {
        throw new Error(`${where}: recursive reference ${[...stack, ref].join(' -> ')}`)
      }
      const target = atPointer(document, ref.slice(1))
      if (target === undefined) throw new Error(`${where}: unresolved reference ${ref}`)
      const resolved = resolve(target, where, [...stack, ref])
      return isObject(resolved) ? { ...resolved, ...resolve(siblings, where, stack) } : resolved
    }
    const result = {}
    for (const [key, value] of Object.entries(node)) result[key] = resolve(value, where, stack)
    return result
  }
  return (node, where) => resolve(node, where, [])
}
