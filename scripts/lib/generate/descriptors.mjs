// Generates packages/types/src/generated/operations.ts: per operation a descriptor (id, method,
// path template, path and query parameters with their codecs, request body, success status, the
// shape of the success body's envelope). Codecs are hand-written (src/operations/codecs.ts); this
// only chooses and configures them from each schema. Every factory call is marked
// `/* @__PURE__ */` so that a bundle keeps only the descriptors it uses.
import { docText, JSON_MEDIA, listOperations, resolveRef } from './document.mjs'

const PURE = '/* @__PURE__ */ '

const literal = (value) => JSON.stringify(value)

/** `{ minimum: 0 }` style options with only the keys that are set. */
function options(schema, keys) {
  const set = keys.filter((key) => schema[key] !== undefined)
  return set.length ? `{ ${set.map((key) => `${key}: ${literal(schema[key])}`).join(', ')} }` : ''
}

/** The codec expression for one schema (references resolved), and which codecs it uses. */
export function codecExpression(document, rawSchema, used) {
  const schema = resolveRef(document, rawSchema ?? {})
  const use = (name) => {
    used.add(name)
    return name
  }
  const listed = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []
  const types = listed.filter((type) => type !== 'null')
  let nullable = listed.includes('null')
  let expression
  if (Array.isArray(schema.enum)) {
    nullable ||= schema.enum.includes(null)
    expression = `${PURE}${use('oneOf')}(${literal(schema.enum.filter((value) => value !== null))})`
  } else if (types.length !== 1) {
    expression = use('anyJson')
  } else if (types[0] === 'string') {
    if (schema['x-openrouter-type'] === 'boolean') expression = use('booleanText')
    else if (schema.format === 'uuid') expression = use('uuid')
    else if (schema.format === 'date-time') expression = use('dateTime')
    else if (schema.format === 'date') expression = use('date')
    else expression = `${PURE}${use('text')}(${options(schema, ['minLength'])})`
  } else if (types[0] === 'integer' || types[0] === 'number') {
    const factory = types[0] === 'integer' ? 'integer' : 'number'
    expression = `${PURE}${use(factory)}(${options(schema, ['minimum', 'maximum'])})`
  } else if (types[0] === 'boolean') {
    expression = use('boolean')
  } else if (types[0] === 'object' && schema.properties) {
    const fields = Object.entries(schema.properties).map(
      ([name, field]) => `${literal(name)}: ${codecExpression(document, field, used)}`,
    )
    expression = `${PURE}${use('object')}({ ${fields.join(', ')} }, ${literal(schema.required ?? [])})`
  } else {
    expression = use('anyJson')
  }
  if (nullable) expression = `${PURE}${use('nullable')}(${expression})`
  if (schema.default !== undefined) {
    expression = `${PURE}${use('withDefault')}(${expression}, ${literal(schema.default)})`
  }
  return expression
}

/** What the client checks of a success body before trusting it: each required top-level field's JSON type. */
function envelopeOf(document, rawSchema) {
  const schema = resolveRef(document, rawSchema ?? {})
  const envelope = {}
  for (const name of schema.required ?? []) {
    const field = resolveRef(document, schema.properties?.[name] ?? {})
    const type = Array.isArray(field.type) ? field.type.find((t) => t !== 'null') : field.type
    if (type === 'array') {
      const items = resolveRef(document, field.items ?? {})
      envelope[name] = items.type === 'object' ? 'object[]' : 'array'
    } else if (type === 'integer') {
      envelope[name] = 'number'
    } else if (['object', 'string', 'number', 'boolean'].includes(type)) {
      envelope[name] = type
    }
  }
  return envelope
}

function parameterMap(document, parameters, location, used) {
  const entries = parameters
    .filter((parameter) => parameter.in === location)
    .map(
      (parameter) =>
        `${literal(parameter.name)}: ${codecExpression(document, parameter.schema, used)}`,
    )
  return entries.length ? `{ ${entries.join(', ')} }` : '{}'
}

export function renderDescriptors(document, banner) {
  const used = new Set()
  const blocks = []
  const ids = []
  for (const entry of listOperations(document)) {
    const { id, method, path, parameters, requestBody, successStatus, successSchema, operation } =
      entry
    ids.push(id)
    const bodySchema = requestBody?.content?.[JSON_MEDIA]?.schema
    const lines = [
      `/** ${docText(operation.summary)}: \`${method} ${path}\`. */`,
      `export const ${id} = {`,
      `  id: ${literal(id)},`,
      `  method: ${literal(method)},`,
      `  path: ${literal(path)},`,
      `  summary: ${literal(docText(operation.summary))},`,
      `  pathParams: ${parameterMap(document, parameters, 'path', used)},`,
      `  query: ${parameterMap(document, parameters, 'query', used)},`,
    ]
    if (bodySchema) lines.push(`  body: ${codecExpression(document, bodySchema, used)},`)
    lines.push(`  success: ${successStatus ?? 200},`)
    lines.push(`  envelope: ${literal(envelopeOf(document, successSchema))},`)
    lines.push(`} as const satisfies OperationDescriptor<${literal(id)}>`)
    blocks.push(lines.join('\n'))
  }
  const imports = [...used].sort()
  return `${banner}import { ${imports.join(', ')} } from '../operations/codecs'
import type { OperationDescriptor } from '../operations/descriptor'

${blocks.join('\n\n')}

/** Every operation of the spec, in the spec's order. */
export const allOperations = [${ids.join(', ')}] as const

/** The operationIds of the spec. */
export type OperationId = (typeof allOperations)[number]['id']
`
}
