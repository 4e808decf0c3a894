// Generates packages/types/src/generated/aliases.ts: a friendly name for every component schema
// (ApiKey, CreateApiKeyRequest, Workspace, ...) and, per operation, `<OperationId>Params` (path
// and query parameters), `<OperationId>Request` and `<OperationId>Response` where no schema has
// that name already. All point into the openapi-typescript output; nothing is restated.
import { docText, JSON_MEDIA, listOperations, pascal, resolveRef, schemaName } from './document.mjs'

function paramsType(id, parameters) {
  const has = (location) => parameters.some((parameter) => parameter.in === location)
  const parts = []
  if (has('path')) parts.push(`operations[${JSON.stringify(id)}]['parameters']['path']`)
  if (has('query'))
    parts.push(`NonNullable<operations[${JSON.stringify(id)}]['parameters']['query']>`)
  return parts.join(' & ')
}

/** Error schemas that some 4xx/5xx response uses: the union `OpenRouterErrorBody`. */
function errorSchemaNames(document) {
  const names = new Set()
  for (const { operation } of listOperations(document)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      if (!/^[45]/.test(status)) continue
      const name = schemaName(resolveRef(document, response)?.content?.[JSON_MEDIA]?.schema)
      if (name) names.add(name)
    }
  }
  return [...names].sort()
}

export function renderAliases(document, banner) {
  const schemas = document.components?.schemas ?? {}
  const lines = [`${banner}import type { components, operations } from './openapi'`, '']
  for (const [name, schema] of Object.entries(schemas).sort(([a], [b]) => (a < b ? -1 : 1))) {
    lines.push(`/** ${docText(schema.description) || `The \`${name}\` schema of the spec.`} */`)
    lines.push(`export type ${name} = components['schemas'][${JSON.stringify(name)}]`, '')
  }
  for (const { id, method, path, parameters, requestBody, successStatus } of listOperations(
    document,
  )) {
    const where = `\`${id}\` (\`${method} ${path}\`)`
    const params = paramsType(id, parameters)
    if (params) {
      lines.push(
        `/** Parameters of ${where}. */`,
        `export type ${pascal(id)}Params = ${params}`,
        '',
      )
    }
    const bodies = [
      [
        'Request',
        requestBody && `operations[${JSON.stringify(id)}]['requestBody']`,
        'The request body',
      ],
      [
        'Response',
        successStatus && `operations[${JSON.stringify(id)}]['responses'][${successStatus}]`,
        `The ${successStatus} body`,
      ],
    ]
    for (const [suffix, source, label] of bodies) {
      const name = `${pascal(id)}${suffix}`
      if (!source || name in schemas) continue
      lines.push(`/** ${label} of ${where}. */`)
      lines.push(`export type ${name} = NonNullable<${source}>['content']['application/json']`, '')
    }
  }
  const errors = errorSchemaNames(document)
  if (errors.length > 0) {
    lines.push(
      '/** The JSON error body OpenRouter sends with 4xx/5xx responses: `{ error: { code, message } }`. */',
    )
    lines.push(
      `export type OpenRouterErrorBody = ${errors.map((name) => `components['schemas'][${JSON.stringify(name)}]`).join(' | ')}`,
      '',
    )
  }
  return lines.join('\n')
}
