// Reading the bundled OpenAPI document (packages/types/openapi.json: one file, local $refs only)
// for the code generators: its operations in order, and schemas with references resolved.

const METHODS = ['get', 'put', 'post', 'patch', 'delete']
export const JSON_MEDIA = 'application/json'

/** The schema a local `$ref` points to (followed until it is not a reference). */
export function resolveRef(document, node) {
  let current = node
  const seen = new Set()
  while (current && typeof current.$ref === 'string') {
    if (seen.has(current.$ref)) throw new Error(`recursive $ref ${current.$ref}`)
    seen.add(current.$ref)
    const { $ref: ref, ...siblings } = current
    const target = ref
      .slice(2)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((value, key) => value?.[key], document)
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`)
    current = { ...target, ...siblings }
  }
  return current
}

/** The component name of a `#/components/schemas/<Name>` reference, or undefined. */
export const schemaName = (node) => /^#\/components\/schemas\/([^/]+)$/.exec(node?.$ref ?? '')?.[1]

/**
 * Every operation: `{ id, method, path, operation, parameters, requestBody, successStatus,
 * successSchema }`, with parameters and the request body resolved.
 */
export function listOperations(document) {
  const result = []
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation) continue
      const parameters = (operation.parameters ?? []).map((parameter) =>
        resolveRef(document, parameter),
      )
      const requestBody = operation.requestBody && resolveRef(document, operation.requestBody)
      const successStatus = Object.keys(operation.responses ?? {})
        .filter((status) => /^2\d\d$/.test(status))
        .sort()[0]
      const success = successStatus && resolveRef(document, operation.responses[successStatus])
      result.push({
        id: operation.operationId,
        method: method.toUpperCase(),
        path,
        operation,
        parameters,
        requestBody,
        successStatus: successStatus ? Number(successStatus) : undefined,
        successSchema: success?.content?.[JSON_MEDIA]?.schema,
      })
    }
  }
  return result
}

export const pascal = (id) => id[0].toUpperCase() + id.slice(1)

/** One line of JSDoc text: no comment terminators, no line breaks. */
export const docText = (text) =>
  String(text ?? '')
    .replace(/\*\//g, '*\\/')
    .replace(/\s+/g, ' ')
    .trim()
