// Step 1: take the operations listed in the import config out of the upstream document, by
// method and path (upstream renames its operationIds, and older files have none).
import { isObject } from './json.mjs'

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/** `"GET /keys"` -> `{ method: 'get', path: '/keys' }`; throws on anything else. */
export function parseOperationKey(text) {
  const match = /^([A-Za-z]+) (\/\S*)$/.exec(text)
  const method = match?.[1].toLowerCase()
  if (!match || !METHODS.includes(method)) {
    throw new Error(`spec/import.yaml: "${text}" is not "<METHOD> <path>" (e.g. "GET /keys")`)
  }
  return { method, path: match[2] }
}

/**
 * The wanted operations that `upstream` has, each `{ key, method, path, operationId, operation }`
 * with every $ref resolved (`dereference`) and path-level parameters merged in (an
 * operation-level one with the same name and `in` wins), plus the keys of those it lacks.
 */
export function selectOperations(upstream, wanted, dereference) {
  const found = []
  const missing = []
  for (const [key, operationId] of Object.entries(wanted)) {
    const { method, path } = parseOperationKey(key)
    const item = upstream.paths?.[path]
    const operation = isObject(item) ? item[method] : undefined
    if (!isObject(operation)) {
      missing.push({ key, operationId })
      continue
    }
    const { parameters: ownParameters, ...rest } = dereference(operation, key)
    const pathParameters = dereference(item.parameters ?? [], `${path} parameters`)
    const merged = { ...rest, operationId }
    const parameters = mergeParameters(pathParameters, ownParameters)
    if (parameters.length > 0) merged.parameters = parameters
    found.push({ key, method, path, operationId, operation: merged })
  }
  return { found, missing }
}

function mergeParameters(pathLevel = [], operationLevel = []) {
  const identity = (parameter) => `${parameter?.in}:${parameter?.name}`
  const overridden = new Set(operationLevel.map(identity))
  return [
    ...pathLevel.filter((parameter) => !overridden.has(identity(parameter))),
    ...operationLevel,
  ]
}
