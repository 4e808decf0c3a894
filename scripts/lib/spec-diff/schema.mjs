// Schemas, compared by what they do to the generated TypeScript types and to the checks the
// packages run before a request is sent. `direction` says who writes the value:
//   request  the consumer writes it: narrowing breaks (a value that compiled is refused),
//            widening is additive;
//   response the consumer reads it: widening breaks (`string` code now gets `string | null`), and
//            so does narrowing an enum (a comparison with the removed value stops compiling).
import { isEqual, isObject, resolve } from './document.mjs'
import { compareUnhandled } from './unhandled.mjs'

const DOC_KEYWORDS = ['description', 'summary', 'title', 'example', 'examples', '$comment']
// Validation constraints: they do not change a generated type, but they change what a request may
// send (narrower = breaking) and document what a response holds.
const CONSTRAINTS = [
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
]
const HANDLED = new Set([
  ...DOC_KEYWORDS,
  ...CONSTRAINTS,
  'externalDocs',
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

/** The JSON types a schema admits: `type` (string or array) plus 3.0's `nullable`. */
function typesOf(schema) {
  let types
  if (Array.isArray(schema.type)) types = new Set(schema.type)
  else if (typeof schema.type === 'string') types = new Set([schema.type])
  else return null
  if (schema.nullable === true) types.add('null')
  if (types.has('number')) types.add('integer')
  return types
}

function enumOf(schema) {
  const values = Array.isArray(schema.enum)
    ? schema.enum
    : 'const' in schema
      ? [schema.const]
      : undefined
  if (!values) return null
  const listed = values.map((value) => JSON.stringify(value))
  // 3.0's `nullable: true` beside an enum admits null too.
  if (schema.nullable === true && !listed.includes('null')) listed.push('null')
  return listed
}

const describeValues = (values) => values.join(', ')

/** Compares two schemas (either may be a $ref) and reports every change with its level. */
export function compareSchema(ctx, where, rawA, rawB, direction) {
  if (rawA === undefined && rawB === undefined) return
  if (rawA === undefined || rawB === undefined) {
    ctx.add('major', where, rawA === undefined ? 'schema added' : 'schema removed')
    return
  }
  // A named schema is compared once per direction: a change in it is reported where it is first
  // used, and recursion ends. What a use site writes beside the $ref (the description it gives
  // the schema there) is compared at every use.
  if (rawA?.$ref && rawB?.$ref) {
    const { $ref: refA, ...siblingsA } = rawA
    const { $ref: refB, ...siblingsB } = rawB
    if (!isEqual(siblingsA, siblingsB)) compareSchema(ctx, where, siblingsA, siblingsB, direction)
    const pair = `${refA}|${refB}|${direction}`
    if (ctx.seen.has(pair)) return
    ctx.seen.add(pair)
    return compareSchema(
      ctx,
      where,
      resolve(ctx.before, { $ref: refA }),
      resolve(ctx.after, { $ref: refB }),
      direction,
    )
  }
  const a = asObject(resolve(ctx.before, rawA))
  const b = asObject(resolve(ctx.after, rawB))
  if (a === undefined || b === undefined) {
    if (!isEqual(rawA, rawB)) {
      ctx.add(
        'major',
        where,
        `schema changed from ${JSON.stringify(rawA)} to ${JSON.stringify(rawB)}`,
      )
    }
    return
  }
  const request = direction === 'request'

  for (const keyword of DOC_KEYWORDS) {
    if (!isEqual(a[keyword], b[keyword])) ctx.add('patch', where, `${keyword} changed`)
  }
  if (!isEqual(a.externalDocs, b.externalDocs)) ctx.add('patch', where, 'externalDocs changed')
  compareTypes(ctx, where, a, b, request)
  compareEnums(ctx, where, a, b, request)
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
  compareAdditionalProperties(ctx, where, a.additionalProperties, b.additionalProperties, direction)
  compareUnhandled(ctx, where, a, b, HANDLED)
}

/** Boolean schemas: `true` is the empty schema (any value); `false` admits nothing. */
function asObject(schema) {
  if (schema === true) return {}
  return isObject(schema) ? schema : undefined
}

function compareTypes(ctx, where, a, b, request) {
  const typesA = typesOf(a)
  const typesB = typesOf(b)
  if (isEqual(typesA && [...typesA].sort(), typesB && [...typesB].sort())) return
  const added = typesB ? [...typesB].filter((type) => !typesA?.has(type)) : ['any']
  const removed = typesA ? [...typesA].filter((type) => !typesB?.has(type)) : ['any']
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

function compareEnums(ctx, where, a, b, request) {
  const enumA = enumOf(a)
  const enumB = enumOf(b)
  if (isEqual(enumA && [...enumA].sort(), enumB && [...enumB].sort())) return
  if (enumA && !enumB) {
    ctx.add(request ? 'minor' : 'major', where, 'enum removed: any value is now allowed')
    return
  }
  if (!enumA && enumB) {
    ctx.add(request ? 'major' : 'minor', where, `restricted to enum ${describeValues(enumB)}`)
    return
  }
  const removed = enumA.filter((value) => !enumB.includes(value))
  const added = enumB.filter((value) => !enumA.includes(value))
  if (removed.length > 0) {
    ctx.add('major', where, `enum narrowed: ${describeValues(removed)} removed`)
  }
  if (added.length > 0) {
    const reading = request ? '' : ', code reading it must handle the new value'
    ctx.add(
      request ? 'minor' : 'major',
      where,
      `enum widened: ${describeValues(added)} added${reading}`,
    )
  }
}

function compareProperties(ctx, where, a, b, direction) {
  const request = direction === 'request'
  const propertiesA = a.properties ?? {}
  const propertiesB = b.properties ?? {}
  const requiredA = new Set(a.required ?? [])
  const requiredB = new Set(b.required ?? [])
  const field = (name) => `${where}.${name}`
  for (const name of Object.keys(propertiesA)) {
    if (!(name in propertiesB)) {
      ctx.add('major', field(name), `${request ? 'request' : 'response'} field removed`)
    }
  }
  for (const name of Object.keys(propertiesB)) {
    if (name in propertiesA) continue
    if (request && requiredB.has(name)) ctx.add('major', field(name), 'new required request field')
    else ctx.add('minor', field(name), `new ${request ? 'optional request' : 'response'} field`)
  }
  for (const name of Object.keys(propertiesA)) {
    if (!(name in propertiesB)) continue
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
    compareSchema(ctx, field(name), propertiesA[name], propertiesB[name], direction)
  }
}

// `true`, `{}` and absent all mean "any other property, any value".
const isPermissive = (value) =>
  value === undefined || value === true || (isObject(value) && Object.keys(value).length === 0)

function compareAdditionalProperties(ctx, where, a, b, direction) {
  if (isEqual(a, b) || (isPermissive(a) && isPermissive(b))) return
  if (isObject(a) && isObject(b)) {
    compareSchema(ctx, `${where}{}`, a, b, direction)
    return
  }
  // `false` or a schema on one side: more or fewer extra properties than before.
  const widened = isPermissive(b)
  const request = direction === 'request'
  ctx.add(request === widened ? 'minor' : 'major', where, 'additionalProperties changed')
}

/** Media types of a request or response body, and their examples and schemas. */
export function compareContent(ctx, where, a, b, direction) {
  for (const type of Object.keys(a)) {
    if (!(type in b)) ctx.add('major', where, `media type ${type} removed`)
  }
  for (const type of Object.keys(b)) {
    if (!(type in a)) ctx.add('minor', where, `new media type ${type}`)
  }
  for (const type of Object.keys(a)) {
    if (!(type in b)) continue
    const mediaA = a[type] ?? {}
    const mediaB = b[type] ?? {}
    if (!isEqual(mediaA.example, mediaB.example) || !isEqual(mediaA.examples, mediaB.examples)) {
      ctx.add('patch', `${where} ${type}`, 'example changed')
    }
    compareSchema(ctx, `${where} ${type}`, mediaA.schema, mediaB.schema, direction)
    compareUnhandled(ctx, `${where} ${type}`, mediaA, mediaB, MEDIA_HANDLED)
  }
}

const MEDIA_HANDLED = new Set(['schema', 'example', 'examples'])
