// Classify the change between two versions of an OpenAPI 3.x document by what it does to code
// compiled against the generated types (@openrouter-kit/types) and the packages built on them:
//
//   breaking (major)  code that compiled or worked before may not: an operation, parameter,
//                     response or field removed; a parameter made required; a request type or
//                     enum narrowed; a response type widened (made nullable, new enum value:
//                     `string` code now gets `string | null`) or a response enum narrowed
//                     (comparisons with the removed value stop compiling)
//   additive (minor)  new operations, optional parameters, response fields, widened request types
//   docs (patch)      descriptions, summaries, examples, titles only
// (a new `deprecated` flag is minor: a notice, nothing stops compiling)
//
// Why not an existing tool: oasdiff is a Go binary (nothing to install here), and the JS tools we
// tried classify by wire compatibility, not by the TypeScript types: api-smart-diff calls a
// response field made nullable non-breaking (harmless on the wire, but `string` becomes
// `string | null` for every consumer) and reports each change twice (under paths and components).
// This focused walker covers what our spec uses: local $refs, parameters, request bodies,
// responses, and schema type/enum/properties/required/items/additionalProperties. Anything it does
// not analyse in detail is reported as breaking, so an unknown change never slips out as a patch.

export const LEVELS = /** @type {const} */ (['none', 'patch', 'minor', 'major'])
const KIND = { major: 'breaking', minor: 'additive', patch: 'docs only', none: 'no change' }
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']
const DOC_KEYWORDS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'externalDocs',
  '$comment',
  'x-displayName',
])
// Validation constraints: they do not change a generated type, but they change what a request may
// send (narrower = breaking) and document what a response holds.
const CONSTRAINTS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
])
const SCHEMA_HANDLED = new Set([
  ...DOC_KEYWORDS,
  ...CONSTRAINTS,
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'default',
  'readOnly',
  'writeOnly',
  'deprecated',
])

const isEqual = (a, b) => JSON.stringify(a) === JSON.stringify(b)
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * @typedef {{ level: 'major' | 'minor' | 'patch', where: string, message: string }} Change
 * @typedef {{ level: typeof LEVELS[number], kind: string, changes: Change[] }} SpecDiff
 */

/** @returns {SpecDiff} */
export function diffSpecs(before, after) {
  const changes = []
  const add = (level, where, message) => changes.push({ level, where, message })
  const ctx = { before, after, add, seen: new Set() }

  compareOperations(ctx)
  compareComponentNames(ctx)
  compareDocumentDocs(ctx)

  if (changes.length === 0 && !isEqual(before, after)) {
    add('patch', '(document)', 'changes outside the API surface (metadata, formatting of values)')
  }
  const level = changes.reduce(
    (max, change) => (LEVELS.indexOf(change.level) > LEVELS.indexOf(max) ? change.level : max),
    'none',
  )
  const order = (change) => -LEVELS.indexOf(change.level)
  changes.sort((a, b) => order(a) - order(b))
  return { level, kind: KIND[level], changes }
}

function resolve(document, node, seen = new Set()) {
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
  // Sibling keywords next to $ref (OpenAPI 3.1) override the target's.
  const { $ref: _ref, ...siblings } = node
  return { ...resolve(document, target, seen), ...siblings }
}

function operationsOf(document) {
  const result = new Map()
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const resolved = resolve(document, item)
    for (const method of METHODS) {
      if (resolved?.[method]) {
        result.set(`${method.toUpperCase()} ${path}`, { item: resolved, op: resolved[method] })
      }
    }
  }
  return result
}

function compareOperations(ctx) {
  const before = operationsOf(ctx.before)
  const after = operationsOf(ctx.after)
  for (const name of before.keys()) {
    if (!after.has(name)) ctx.add('major', name, 'operation removed')
  }
  for (const name of after.keys()) {
    if (!before.has(name)) ctx.add('minor', name, 'new operation')
  }
  for (const [name, { item: itemA, op: a }] of before) {
    const entry = after.get(name)
    if (!entry) continue
    const { item: itemB, op: b } = entry
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
    if (!isEqual(a.security, b.security)) ctx.add('major', name, 'security requirements changed')
  }
}

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
    for (const field of ['description', 'example', 'examples']) {
      if (!isEqual(parameterA[field], parameterB[field])) {
        ctx.add('patch', `${operation} ${key}`, `${field} changed`)
      }
    }
    if (!isEqual(parameterA.deprecated, parameterB.deprecated)) {
      ctx.add('minor', `${operation} ${key}`, 'deprecated changed')
    }
    for (const field of ['style', 'explode', 'allowReserved', 'content']) {
      if (!isEqual(parameterA[field], parameterB[field])) {
        ctx.add('major', `${operation} ${key}`, `serialization (${field}) changed`)
      }
    }
    compareSchema(ctx, `${operation} ${key}`, parameterA.schema, parameterB.schema, 'request')
  }
}

function compareRequestBody(ctx, operation, rawA, rawB) {
  const a = resolve(ctx.before, rawA)
  const b = resolve(ctx.after, rawB)
  if (!a && !b) return
  if (!a) {
    ctx.add('major', operation, b.required ? 'new required request body' : 'new request body')
    return
  }
  if (!b) {
    ctx.add('major', operation, 'request body removed')
    return
  }
  if (!a.required && b.required) ctx.add('major', operation, 'request body is now required')
  if (!isEqual(a.description, b.description)) {
    ctx.add('patch', operation, 'request body description changed')
  }
  compareContent(ctx, `${operation} request body`, a.content ?? {}, b.content ?? {}, 'request')
}

function compareResponses(ctx, operation, a, b) {
  for (const status of Object.keys(a)) {
    if (!(status in b)) ctx.add('major', operation, `response ${status} removed`)
  }
  for (const status of Object.keys(b)) {
    if (!(status in a)) ctx.add('minor', operation, `new response ${status}`)
  }
  for (const status of Object.keys(a)) {
    if (!(status in b)) continue
    const responseA = resolve(ctx.before, a[status])
    const responseB = resolve(ctx.after, b[status])
    if (!isEqual(responseA.description, responseB.description)) {
      ctx.add('patch', `${operation} ${status}`, 'response description changed')
    }
    const headersA = Object.keys(responseA.headers ?? {})
    const headersB = Object.keys(responseB.headers ?? {})
    for (const header of headersA.filter((h) => !headersB.includes(h))) {
      ctx.add('major', `${operation} ${status}`, `response header ${header} removed`)
    }
    for (const header of headersB.filter((h) => !headersA.includes(h))) {
      ctx.add('minor', `${operation} ${status}`, `new response header ${header}`)
    }
    compareContent(
      ctx,
      `${operation} ${status}`,
      responseA.content ?? {},
      responseB.content ?? {},
      'response',
    )
  }
}

function compareContent(ctx, where, a, b, direction) {
  for (const type of Object.keys(a)) {
    if (!(type in b)) ctx.add('major', where, `media type ${type} removed`)
  }
  for (const type of Object.keys(b)) {
    if (!(type in a)) ctx.add('minor', where, `new media type ${type}`)
  }
  for (const type of Object.keys(a)) {
    if (!(type in b)) continue
    if (
      !isEqual(a[type].example, b[type].example) ||
      !isEqual(a[type].examples, b[type].examples)
    ) {
      ctx.add('patch', `${where} ${type}`, 'example changed')
    }
    compareSchema(ctx, `${where} ${type}`, a[type].schema, b[type].schema, direction)
  }
}

/** The JSON types a schema admits: `type` (string or array) plus 3.0's `nullable`. */
function typesOf(schema) {
  if (!isObject(schema)) return null
  let types
  if (Array.isArray(schema.type)) types = new Set(schema.type)
  else if (typeof schema.type === 'string') types = new Set([schema.type])
  else return null
  if (schema.nullable === true) types.add('null')
  if (types.has('number')) types.add('integer')
  return types
}

function enumOf(schema) {
  if (!isObject(schema)) return null
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value))
  if ('const' in schema) return [JSON.stringify(schema.const)]
  return null
}

const describeValues = (values) => values.join(', ')

/**
 * @param {'request' | 'response'} direction request: the consumer writes it (narrowing breaks);
 *   response: the consumer reads it (widening breaks; so does narrowing an enum).
 */
function compareSchema(ctx, where, rawA, rawB, direction) {
  if (rawA === undefined && rawB === undefined) return
  if (rawA === undefined || rawB === undefined) {
    ctx.add('major', where, rawA === undefined ? 'schema added' : 'schema removed')
    return
  }
  // Guard recursive schemas: compare each pair of $refs once per direction.
  const pairKey = `${rawA?.$ref}|${rawB?.$ref}|${direction}`
  if (rawA?.$ref && rawB?.$ref) {
    if (ctx.seen.has(pairKey)) return
    ctx.seen.add(pairKey)
  }
  const a = resolve(ctx.before, rawA)
  const b = resolve(ctx.after, rawB)
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    if (a !== b) ctx.add('major', where, `schema changed from ${a} to ${b}`)
    return
  }
  const request = direction === 'request'

  for (const keyword of DOC_KEYWORDS) {
    if (!isEqual(a[keyword], b[keyword])) ctx.add('patch', where, `${keyword} changed`)
  }

  const typesA = typesOf(a)
  const typesB = typesOf(b)
  if (!isEqual(typesA && [...typesA].sort(), typesB && [...typesB].sort())) {
    const added = typesB ? [...typesB].filter((t) => !typesA?.has(t)) : ['any']
    const removed = typesA ? [...typesA].filter((t) => !typesB?.has(t)) : ['any']
    const label = `type ${JSON.stringify(a.type ?? 'any')} -> ${JSON.stringify(b.type ?? 'any')}`
    if (request) {
      if (removed.length > 0) ctx.add('major', where, `${label}: no longer accepts ${removed}`)
      else ctx.add('minor', where, `${label}: now also accepts ${added}`)
    } else if (added.length > 0) {
      const what = added.includes('null') ? 'made nullable' : `can now be ${added}`
      ctx.add('major', where, `${label}: ${what}, code reading it must handle the new type`)
    } else {
      ctx.add('minor', where, `${label}: narrowed, no longer ${removed}`)
    }
  }

  const enumA = enumOf(a)
  const enumB = enumOf(b)
  if (!isEqual(enumA, enumB)) {
    const removed = enumA && enumB ? enumA.filter((v) => !enumB.includes(v)) : []
    const added = enumA && enumB ? enumB.filter((v) => !enumA.includes(v)) : []
    if (enumA && !enumB) {
      ctx.add(request ? 'minor' : 'major', where, 'enum removed: any value is now allowed')
    } else if (!enumA && enumB) {
      ctx.add(request ? 'major' : 'minor', where, `restricted to enum ${describeValues(enumB)}`)
    } else {
      if (removed.length > 0) {
        ctx.add('major', where, `enum narrowed: ${describeValues(removed)} removed`)
      }
      if (added.length > 0) {
        ctx.add(
          request ? 'minor' : 'major',
          where,
          `enum widened: ${describeValues(added)} added${request ? '' : ', code reading it must handle the new value'}`,
        )
      }
    }
  }

  for (const keyword of CONSTRAINTS) {
    if (isEqual(a[keyword], b[keyword])) continue
    const from = JSON.stringify(a[keyword])
    const to = JSON.stringify(b[keyword])
    const message = `${keyword} ${from ?? '(none)'} -> ${to ?? '(none)'}`
    // A constraint removed only loosens what a request may send; anything else may reject a
    // request that passed before. Responses: the generated types do not change.
    ctx.add(request && b[keyword] !== undefined ? 'major' : 'minor', where, message)
  }
  if (!isEqual(a.default, b.default)) {
    ctx.add(request ? 'major' : 'patch', where, 'default value changed')
  }
  for (const flag of ['readOnly', 'writeOnly']) {
    if (!isEqual(a[flag], b[flag])) ctx.add('major', where, `${flag} changed`)
  }
  // A new deprecation is a notice, not a break (semver: minor).
  if (!isEqual(a.deprecated, b.deprecated)) ctx.add('minor', where, 'deprecated changed')

  compareProperties(ctx, where, a, b, direction)

  if (a.items !== undefined || b.items !== undefined) {
    compareSchema(ctx, `${where}[]`, a.items, b.items, direction)
  }
  compareAdditionalProperties(ctx, where, a.additionalProperties, b.additionalProperties, request)

  const unhandled = new Set(
    [...Object.keys(a), ...Object.keys(b)].filter(
      (key) => !SCHEMA_HANDLED.has(key) && !isEqual(a[key], b[key]),
    ),
  )
  for (const keyword of unhandled) {
    ctx.add('major', where, `${keyword} changed (not analysed in detail, treated as breaking)`)
  }
}

function compareProperties(ctx, where, a, b, direction) {
  const request = direction === 'request'
  const propsA = a.properties ?? {}
  const propsB = b.properties ?? {}
  const requiredA = new Set(a.required ?? [])
  const requiredB = new Set(b.required ?? [])
  const field = (name) => `${where}.${name}`
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) {
      ctx.add('major', field(name), `${request ? 'request' : 'response'} field removed`)
    }
  }
  for (const name of Object.keys(propsB)) {
    if (name in propsA) continue
    if (request && requiredB.has(name)) ctx.add('major', field(name), 'new required request field')
    else ctx.add('minor', field(name), `new ${request ? 'optional request' : 'response'} field`)
  }
  for (const name of Object.keys(propsA)) {
    if (!(name in propsB)) continue
    const wasRequired = requiredA.has(name)
    const isRequired = requiredB.has(name)
    if (wasRequired && !isRequired) {
      ctx.add(
        request ? 'minor' : 'major',
        field(name),
        request ? 'no longer required' : 'no longer always present (now optional)',
      )
    } else if (!wasRequired && isRequired) {
      ctx.add(
        request ? 'major' : 'minor',
        field(name),
        request ? 'now required' : 'now always present',
      )
    }
    compareSchema(ctx, field(name), propsA[name], propsB[name], direction)
  }
}

function compareAdditionalProperties(ctx, where, a, b, request) {
  if (isEqual(a, b)) return
  const permissive = (value) => value === undefined || value === true
  if (isObject(a) && isObject(b)) {
    compareSchema(ctx, `${where}{}`, a, b, request ? 'request' : 'response')
  } else if (permissive(a) && permissive(b)) {
    // `true` and absent mean the same thing.
  } else if (request) {
    ctx.add(permissive(b) ? 'minor' : 'major', where, 'additionalProperties changed')
  } else {
    ctx.add(permissive(b) ? 'major' : 'minor', where, 'additionalProperties changed')
  }
}

function compareComponentNames(ctx) {
  // The generated `components` type exports every named schema, so names matter on their own.
  for (const section of ['schemas', 'responses', 'parameters', 'requestBodies']) {
    const a = Object.keys(ctx.before.components?.[section] ?? {})
    const b = Object.keys(ctx.after.components?.[section] ?? {})
    for (const name of a.filter((n) => !b.includes(n))) {
      ctx.add(
        'major',
        `components.${section}.${name}`,
        'removed from the generated components type',
      )
    }
    for (const name of b.filter((n) => !a.includes(n))) {
      ctx.add('minor', `components.${section}.${name}`, 'new component')
    }
  }
  const schemesA = ctx.before.components?.securitySchemes
  const schemesB = ctx.after.components?.securitySchemes
  if (!isEqual(schemesA, schemesB)) {
    ctx.add('major', 'components.securitySchemes', 'security schemes changed')
  }
}

function compareDocumentDocs(ctx) {
  for (const key of ['info', 'tags', 'externalDocs', 'servers']) {
    if (!isEqual(ctx.before[key], ctx.after[key])) ctx.add('patch', key, `${key} changed`)
  }
  if (!isEqual(ctx.before.security, ctx.after.security)) {
    ctx.add('major', 'security', 'global security requirements changed')
  }
  if (ctx.before.openapi !== ctx.after.openapi) {
    ctx.add('patch', 'openapi', `OpenAPI version ${ctx.before.openapi} -> ${ctx.after.openapi}`)
  }
}

/** A changeset file body for the given packages at the diff's level. */
export function changesetFor(diff, packages) {
  const bump = diff.level
  const frontmatter = packages.map((name) => `'${name}': ${bump}`).join('\n')
  const reasons = diff.changes.map((change) => `- ${change.where}: ${change.message}`).join('\n')
  return `---\n${frontmatter}\n---\n\nSpec change (${diff.kind}): ${summarize(diff)}\n\n${reasons}\n`
}

function summarize(diff) {
  const counts = { major: 0, minor: 0, patch: 0 }
  for (const change of diff.changes) counts[change.level]++
  return [
    counts.major && `${counts.major} breaking`,
    counts.minor && `${counts.minor} additive`,
    counts.patch && `${counts.patch} documentation`,
  ]
    .filter(Boolean)
    .join(', ')
    .concat(' change(s) to spec/openapi.yaml.')
}
