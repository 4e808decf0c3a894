// Operations: matched by method and path; their parameters (query, path, header, cookie), request
// bodies, responses and security.
import { isEqual, operationsOf, pathShape, resolve } from './document.mjs'
import { compareResponses } from './responses.mjs'
import { compareContent, compareSchema } from './schema.mjs'
import { compareRequirements } from './security.mjs'
import { compareUnhandled } from './unhandled.mjs'

const OPERATION_HANDLED = new Set([
  'operationId',
  'summary',
  'description',
  'tags',
  'externalDocs',
  'deprecated',
  'parameters',
  'requestBody',
  'responses',
  'security',
])
const PATH_ITEM_HANDLED = new Set([
  'summary',
  'description',
  'parameters',
  ...['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'],
])
const PARAMETER_HANDLED = new Set([
  'name',
  'in',
  'description',
  'required',
  'deprecated',
  'example',
  'examples',
  'schema',
  'style',
  'explode',
  'allowReserved',
  'content',
])
const REQUEST_BODY_HANDLED = new Set(['description', 'required', 'content'])

export function compareOperations(ctx) {
  const before = operationsOf(ctx.before)
  const after = operationsOf(ctx.after)
  const pairs = []
  const removed = [...before.keys()].filter((name) => !after.has(name))
  const added = [...after.keys()].filter((name) => !before.has(name))
  for (const name of removed) {
    // Only a path parameter renamed (`/keys/{hash}` -> `/keys/{key_hash}`): the same operation.
    const shape = (key) => {
      const [method, path] = key.split(' ')
      return `${method} ${pathShape(path)}`
    }
    const candidates = added.filter((other) => shape(other) === shape(name))
    if (
      candidates.length === 1 &&
      removed.filter((other) => shape(other) === shape(name)).length === 1
    ) {
      const [renamed] = candidates
      added.splice(added.indexOf(renamed), 1)
      ctx.add(
        'major',
        name,
        `path template changed to ${renamed.split(' ')[1]} (a path parameter renamed)`,
      )
      pairs.push([name, before.get(name), after.get(renamed)])
    } else {
      ctx.add('major', name, 'operation removed')
    }
  }
  for (const name of added) ctx.add('minor', name, 'new operation')
  for (const [name, entry] of before) {
    if (after.has(name)) pairs.push([name, entry, after.get(name)])
  }
  const comparedItems = new Set()
  for (const [name, entryA, entryB] of pairs) {
    compareOperation(ctx, name, entryA, entryB)
    const itemKey = `${entryA.path}>${entryB.path}`
    if (comparedItems.has(itemKey)) continue
    comparedItems.add(itemKey)
    const where = entryA.path === entryB.path ? entryA.path : `${entryA.path} -> ${entryB.path}`
    for (const field of ['summary', 'description']) {
      if (!isEqual(entryA.item[field], entryB.item[field]))
        ctx.add('patch', where, `${field} changed`)
    }
    compareUnhandled(ctx, where, entryA.item, entryB.item, PATH_ITEM_HANDLED)
  }
}

function compareOperation(ctx, name, { item: itemA, operation: a }, { item: itemB, operation: b }) {
  if (a.operationId !== b.operationId) {
    ctx.add(
      'major',
      name,
      `operationId changed from ${a.operationId} to ${b.operationId} (renames operations['${a.operationId}'])`,
    )
  }
  for (const key of ['summary', 'description', 'tags', 'externalDocs']) {
    if (!isEqual(a[key], b[key])) ctx.add('patch', name, `${key} changed`)
  }
  if (!isEqual(a.deprecated, b.deprecated)) ctx.add('minor', name, 'deprecated changed')
  compareParameters(
    ctx,
    name,
    [...(itemA.parameters ?? []), ...(a.parameters ?? [])],
    [...(itemB.parameters ?? []), ...(b.parameters ?? [])],
  )
  compareRequestBody(ctx, name, a.requestBody, b.requestBody)
  compareResponses(ctx, name, a.responses ?? {}, b.responses ?? {})
  // An operation without its own `security` has the document's; compare what applies.
  if (a.security !== undefined || b.security !== undefined) {
    compareRequirements(
      ctx,
      name,
      a.security ?? ctx.before.security ?? [],
      b.security ?? ctx.after.security ?? [],
    )
  }
  compareUnhandled(ctx, name, a, b, OPERATION_HANDLED)
}

/** Parameters by `in` and name; an operation-level one overrides a path-level one. */
function parameterMap(document, list) {
  const map = new Map()
  for (const raw of list) {
    const parameter = resolve(document, raw)
    map.set(`${parameter.in} parameter ${parameter.name}`, parameter)
  }
  return map
}

function compareParameters(ctx, operation, listA, listB) {
  const a = parameterMap(ctx.before, listA)
  const b = parameterMap(ctx.after, listB)
  for (const [key, parameter] of a) {
    if (!b.has(key)) ctx.add('major', operation, `${key} removed`)
    else if (!parameter.required && b.get(key).required) {
      ctx.add('major', operation, `${key} is now required`)
    } else if (parameter.required && !b.get(key).required) {
      ctx.add('minor', operation, `${key} is now optional`)
    }
  }
  for (const [key, parameter] of b) {
    if (a.has(key)) continue
    if (parameter.required) ctx.add('major', operation, `new required ${key}`)
    else ctx.add('minor', operation, `new optional ${key}`)
  }
  for (const [key, parameterA] of a) {
    const parameterB = b.get(key)
    if (!parameterB) continue
    const where = `${operation} ${key}`
    for (const field of ['description', 'example', 'examples']) {
      if (!isEqual(parameterA[field], parameterB[field]))
        ctx.add('patch', where, `${field} changed`)
    }
    if (!isEqual(parameterA.deprecated, parameterB.deprecated)) {
      ctx.add('minor', where, 'deprecated changed')
    }
    for (const field of ['style', 'explode', 'allowReserved']) {
      if (!isEqual(parameterA[field], parameterB[field])) {
        ctx.add('major', where, `serialization (${field}) changed`)
      }
    }
    compareSchema(ctx, where, parameterA.schema, parameterB.schema, 'request')
    if (parameterA.content !== undefined || parameterB.content !== undefined) {
      compareContent(ctx, where, parameterA.content ?? {}, parameterB.content ?? {}, 'request')
    }
    compareUnhandled(ctx, where, parameterA, parameterB, PARAMETER_HANDLED)
  }
}

function compareRequestBody(ctx, operation, rawA, rawB) {
  const a = resolve(ctx.before, rawA)
  const b = resolve(ctx.after, rawB)
  if (!a && !b) return
  if (!a) {
    ctx.add(
      b.required ? 'major' : 'minor',
      operation,
      b.required ? 'new required request body' : 'new optional request body',
    )
    return
  }
  if (!b) {
    ctx.add('major', operation, 'request body removed')
    return
  }
  if (!a.required && b.required) ctx.add('major', operation, 'request body is now required')
  if (a.required && !b.required) ctx.add('minor', operation, 'request body is now optional')
  if (!isEqual(a.description, b.description)) {
    ctx.add('patch', operation, 'request body description changed')
  }
  const where = `${operation} request body`
  compareContent(ctx, where, a.content ?? {}, b.content ?? {}, 'request')
  compareUnhandled(ctx, where, a, b, REQUEST_BODY_HANDLED)
}
