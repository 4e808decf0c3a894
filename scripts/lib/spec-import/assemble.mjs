// Step 5: the output document around the operations: upstream's metadata, the tags and
// security schemes our operations use (upstream adds tags for new products every week; they are
// not ours), and the named components.
import { copy, isObject } from './json.mjs'

const OPENAPI_VERSION = '3.1.0'

/** Tags the operations use, in upstream's order, each with upstream's description. */
function usedTags(upstream, operations, warnings) {
  const used = new Set(operations.flatMap(({ operation }) => operation.tags ?? []))
  const declared = (upstream.tags ?? []).filter((tag) => used.has(tag?.name))
  const missing = [...used].filter((name) => !declared.some((tag) => tag.name === name))
  for (const name of missing) {
    warnings.push(
      `tag "${name}" is used but not declared upstream; described as "${name} endpoints"`,
    )
  }
  return [
    ...declared.map(copy),
    ...missing.sort().map((name) => ({ name, description: `${name} endpoints` })),
  ]
}

/** The security schemes named by the document's or an operation's `security`. */
function usedSecuritySchemes(upstream, operations) {
  const requirements = [
    ...(upstream.security ?? []),
    ...operations.flatMap(({ operation }) => operation.security ?? []),
  ]
  const names = new Set(requirements.flatMap((requirement) => Object.keys(requirement ?? {})))
  const schemes = upstream.components?.securitySchemes ?? {}
  const result = {}
  for (const name of [...names].sort()) {
    if (!isObject(schemes[name]))
      throw new Error(`security scheme "${name}" is used but not defined upstream`)
    result[name] = copy(schemes[name])
  }
  return result
}

/** `paths` of the output: the operations under their paths, methods in upstream's order. */
function pathsOf(operations) {
  const paths = {}
  for (const { path, method, operation } of operations) {
    paths[path] ??= {}
    paths[path][method] = operation
  }
  return paths
}

export function assembleDocument(upstream, operations, components, warnings) {
  const document = { openapi: OPENAPI_VERSION }
  for (const field of ['info', 'servers', 'security']) {
    if (upstream[field] !== undefined) document[field] = copy(upstream[field])
  }
  document.tags = usedTags(upstream, operations, warnings)
  if (upstream.externalDocs !== undefined) document.externalDocs = copy(upstream.externalDocs)
  document.paths = pathsOf(operations)
  document.components = {}
  if (Object.keys(components.responses).length > 0)
    document.components.responses = components.responses
  document.components.schemas = components.schemas
  const securitySchemes = usedSecuritySchemes(upstream, operations)
  if (Object.keys(securitySchemes).length > 0) document.components.securitySchemes = securitySchemes
  return document
}
