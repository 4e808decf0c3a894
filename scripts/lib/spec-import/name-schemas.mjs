// Step 4: give schemas names, whatever upstream called them (or whether it named them at all).
//   - a schema found at a place the config lists under `schemas` gets that name, and every other
//     schema of the same shape (annotations aside) becomes a reference to it;
//   - error bodies are named by status (`errors`), their `error` object `<name>ErrorData`, and an
//     error response that is the same in every operation becomes a shared components/responses;
//   - request and success bodies are `<OperationId>Request` and `<OperationId>Response`.
// Names depend on where a schema is used in *our* operations, so they stay put when upstream
// renames or re-factors its components.
import { atPointer, copy, isObject, schemaRef } from './json.mjs'
import { operationSchemaSlots, walkSchema } from './schema-walk.mjs'
import { canonicalJson, propertyDifference, shapeOf } from './shape.mjs'

const JSON_MEDIA = 'application/json'

const pascal = (operationId) => operationId[0].toUpperCase() + operationId.slice(1)

/** The lowest 2xx status an operation declares, or undefined. */
export function successStatus(operation) {
  return Object.keys(operation.responses ?? {})
    .filter((status) => /^2\d\d$/.test(status))
    .sort()[0]
}

/** Where a body schema sits: `{ holder, key }` with `holder[key]` the schema, or undefined. */
function bodySlot(operation, status) {
  const media =
    status === 'request'
      ? operation.requestBody?.content?.[JSON_MEDIA]
      : operation.responses?.[status]?.content?.[JSON_MEDIA]
  return isObject(media?.schema) ? { holder: media, key: 'schema' } : undefined
}

/** `"listApiKeys 200 /properties/data/items"` -> its parts. */
function parseLocation(text, name) {
  const match = /^(\S+) (request|\d\d\d) (\/\S*|)$/.exec(text.trim())
  if (!match) {
    throw new Error(
      `spec/import.yaml: schemas.${name}: "${text}" is not "<operationId> <status|request> <JSON pointer>"`,
    )
  }
  return { operationId: match[1], status: match[2], pointer: match[3] }
}

/**
 * Names the schemas of `operations` (`[{ operationId, operation }]`, changed in place) and
 * returns `{ schemas, responses, warnings }` for the document's components.
 */
export function nameSchemas(operations, config) {
  const schemas = {}
  const responses = {}
  const warnings = []
  const byId = new Map(operations.map((entry) => [entry.operationId, entry.operation]))
  const claim = (name, schema, where) => {
    if (name in schemas && canonicalJson(schemas[name]) !== canonicalJson(schema)) {
      throw new Error(`spec/import.yaml: the name ${name} is given twice (again at ${where})`)
    }
    schemas[name] = schema
  }

  nameErrorBodies(operations, config.errors ?? {}, { schemas, responses, warnings, claim })

  // Named shapes: the first listed place that exists defines each one.
  const named = []
  for (const [name, locations] of Object.entries(config.schemas ?? {})) {
    const places = locations.map((text) => ({ text, ...parseLocation(text, name) }))
    const first = places.find((place) => schemaAt(byId, place) !== undefined)
    if (!first) continue
    const definition = copy(schemaAt(byId, first))
    named.push({ name, shape: shapeOf(definition), definition, first, places })
  }
  const refFor = (node) => named.find((entry) => entry.shape === shapeOf(node))
  const useNames = (holder, key, skipRoot) =>
    walkSchema(holder, key, (node, replace) => {
      if (skipRoot && node === holder[key]) return
      const match = refFor(node)
      if (!match) return
      // A description written where the schema is used says what it is there: keep it.
      const reference = schemaRef(match.name)
      if (node.description && node.description !== match.definition.description) {
        reference.description = node.description
      }
      replace(reference)
    })

  for (const entry of named) {
    const holder = { schema: entry.definition }
    useNames(holder, 'schema', true)
    claim(entry.name, holder.schema, entry.first.text)
  }
  for (const { operation } of operations) {
    for (const { holder, key } of operationSchemaSlots(operation)) useNames(holder, key, false)
  }
  for (const entry of named) {
    for (const place of entry.places) {
      const found = schemaAt(byId, place)
      if (found === undefined || found.$ref === schemaRef(entry.name).$ref) continue
      warnings.push(
        `${place.text} differs from ${entry.name} (defined at ${entry.first.text}): ${propertyDifference(entry.definition, found)}; left inline`,
      )
    }
  }

  // Bodies that are not a named schema already get the operation's name.
  for (const { operationId, operation } of operations) {
    for (const [status, suffix] of [
      ['request', 'Request'],
      [successStatus(operation), 'Response'],
    ]) {
      const slot = status && bodySlot(operation, status)
      if (!slot || slot.holder[slot.key].$ref) continue
      const name = `${pascal(operationId)}${suffix}`
      claim(name, slot.holder[slot.key], `${operationId} ${status}`)
      slot.holder[slot.key] = schemaRef(name)
    }
  }
  return { schemas, responses, warnings }
}

function schemaAt(byId, { operationId, status, pointer }) {
  const operation = byId.get(operationId)
  const slot = operation && bodySlot(operation, status)
  return slot ? atPointer(slot.holder[slot.key], pointer) : undefined
}

/**
 * Error bodies by status: the first operation (in config order) that declares a status defines
 * its schema; the others refer to it when they have the same shape. A response object that is
 * identical everywhere it appears becomes a components/responses entry.
 */
function nameErrorBodies(operations, errors, { responses, warnings, claim }) {
  for (const [status, names] of Object.entries(errors)) {
    const users = operations.filter(({ operation }) => bodySlot(operation, status))
    if (users.length === 0) continue
    const first = bodySlot(users[0].operation, status)
    const definition = copy(first.holder[first.key])
    const shape = shapeOf(definition)
    if (isObject(definition.properties?.error) && !definition.properties.error.$ref) {
      const dataName = `${names.schema}ErrorData`
      claim(dataName, definition.properties.error, `${users[0].operationId} ${status}`)
      definition.properties.error = schemaRef(dataName)
    }
    claim(names.schema, definition, `${users[0].operationId} ${status}`)
    for (const { operationId, operation } of users) {
      const slot = bodySlot(operation, status)
      if (shapeOf(slot.holder[slot.key]) === shape) slot.holder[slot.key] = schemaRef(names.schema)
      else
        warnings.push(
          `${operationId} ${status}: error body differs from ${names.schema}; left inline`,
        )
    }
    const objects = users.map(({ operation }) => canonicalJson(operation.responses[status]))
    if (objects.every((object) => object === objects[0])) {
      responses[names.response] = users[0].operation.responses[status]
      for (const { operation } of users) {
        operation.responses[status] = { $ref: `#/components/responses/${names.response}` }
      }
    }
  }
}
