// An operation's responses, by kind of status:
//   success (2xx)  what the generated client returns (the lowest 2xx is the one it expects): a
//                  success response removed, added or moved to another status is breaking;
//   error (4xx, 5xx, 4XX, 5XX, default)  what the client throws. Upstream regularly rewrites
//                  these, e.g. a `default` split into `4XX`/`5XX` or into explicit codes, or codes
//                  folded into a range. A status that disappears while another one still covers
//                  it is the same error described another way (minor), and its body is compared
//                  with the body of the status that covers it now; only an error no status covers
//                  any more is removed (breaking). A new error status is additive.
//   other (1xx, 3xx)  removed: breaking; added: additive.
import { isEqual, resolve } from './document.mjs'
import { compareContent, compareSchema } from './schema.mjs'
import { compareUnhandled } from './unhandled.mjs'

const RESPONSE_HANDLED = new Set(['description', 'headers', 'content'])
const HEADER_HANDLED = new Set([
  'description',
  'required',
  'deprecated',
  'schema',
  'example',
  'examples',
])

const isSuccess = (status) => /^2(\d\d|XX)$/i.test(status)
const isError = (status) => /^[45](\d\d|XX)$/i.test(status) || status === 'default'

/** The status of `statuses` that describes `status` when it is not listed itself, if any. */
function coveringStatus(statuses, status) {
  if (/^[45]\d\d$/.test(status)) {
    const range = statuses.find((other) => other.toUpperCase() === `${status[0]}XX`)
    if (range) return range
  }
  return status !== 'default' && statuses.includes('default') ? 'default' : undefined
}

export function compareResponses(ctx, operation, a, b) {
  compareSuccess(ctx, operation, a, b)
  compareErrors(ctx, operation, a, b)
  const others = (responses) =>
    Object.keys(responses).filter((status) => !isSuccess(status) && !isError(status))
  for (const status of others(a)) {
    if (status in b) compareResponse(ctx, `${operation} ${status}`, a[status], b[status])
    else ctx.add('major', operation, `response ${status} removed`)
  }
  for (const status of others(b)) {
    if (!(status in a)) ctx.add('minor', operation, `new response ${status}`)
  }
}

function compareSuccess(ctx, operation, a, b) {
  const successA = Object.keys(a).filter(isSuccess).sort()
  const successB = Object.keys(b).filter(isSuccess).sort()
  const [expectedA] = successA
  const [expectedB] = successB
  const moved = expectedA !== undefined && expectedB !== undefined && expectedA !== expectedB
  if (moved) {
    ctx.add(
      'major',
      operation,
      `success status ${expectedA} -> ${expectedB} (the status the generated client expects)`,
    )
    // The body is still what the call returns: compare it across the two statuses.
    compareResponse(ctx, `${operation} ${expectedB}`, a[expectedA], b[expectedB])
  }
  for (const status of successA) {
    if (status in b) compareResponse(ctx, `${operation} ${status}`, a[status], b[status])
    else if (!(moved && status === expectedA)) {
      ctx.add('major', operation, `response ${status} removed`)
    }
  }
  for (const status of successB) {
    if (status in a || (moved && status === expectedB)) continue
    ctx.add(
      'major',
      operation,
      `new success response ${status}: code reading the result must handle another body`,
    )
  }
}

function compareErrors(ctx, operation, a, b) {
  const errorsA = Object.keys(a).filter(isError)
  const errorsB = Object.keys(b).filter(isError)
  const compared = new Set()
  const compareAcross = (statusA, statusB) => {
    compared.add(`${statusA}>${statusB}`)
    compareResponse(ctx, `${operation} ${statusB}`, a[statusA], b[statusB])
  }
  for (const status of errorsA) {
    if (status in b) {
      compareAcross(status, status)
      continue
    }
    // A `default` split into codes or ranges: every new error status takes a part of it.
    const covering =
      status === 'default'
        ? errorsB.filter((other) => !(other in a))
        : [coveringStatus(errorsB, status)].filter(Boolean)
    if (covering.length === 0) {
      ctx.add('major', operation, `response ${status} removed`)
      continue
    }
    const how = status === 'default' ? 'split into' : 'now described by'
    ctx.add('minor', operation, `error response ${status} ${how} ${covering.join(', ')}`)
    for (const other of covering) compareAcross(status, other)
  }
  for (const status of errorsB) {
    if (status in a || [...compared].some((pair) => pair.endsWith(`>${status}`))) continue
    const covered = coveringStatus(errorsA, status)
    if (covered) {
      ctx.add('minor', operation, `new error response ${status} (was described by ${covered})`)
      compareAcross(covered, status)
    } else {
      ctx.add('minor', operation, `new error response ${status}`)
    }
  }
}

function compareResponse(ctx, where, rawA, rawB) {
  const a = resolve(ctx.before, rawA) ?? {}
  const b = resolve(ctx.after, rawB) ?? {}
  if (!isEqual(a.description, b.description))
    ctx.add('patch', where, 'response description changed')
  compareHeaders(ctx, where, a.headers ?? {}, b.headers ?? {})
  compareContent(ctx, where, a.content ?? {}, b.content ?? {}, 'response')
  compareUnhandled(ctx, where, a, b, RESPONSE_HANDLED)
}

function compareHeaders(ctx, where, a, b) {
  for (const name of Object.keys(a)) {
    if (!(name in b)) ctx.add('major', where, `response header ${name} removed`)
  }
  for (const name of Object.keys(b)) {
    if (!(name in a)) ctx.add('minor', where, `new response header ${name}`)
  }
  for (const name of Object.keys(a)) {
    if (!(name in b)) continue
    const headerA = resolve(ctx.before, a[name]) ?? {}
    const headerB = resolve(ctx.after, b[name]) ?? {}
    const at = `${where} header ${name}`
    for (const field of ['description', 'example', 'examples']) {
      if (!isEqual(headerA[field], headerB[field])) ctx.add('patch', at, `${field} changed`)
    }
    if (Boolean(headerA.required) !== Boolean(headerB.required)) {
      ctx.add(headerB.required ? 'minor' : 'major', at, `required ${Boolean(headerB.required)}`)
    }
    if (!isEqual(headerA.deprecated, headerB.deprecated)) ctx.add('minor', at, 'deprecated changed')
    compareSchema(ctx, at, headerA.schema, headerB.schema, 'response')
    compareUnhandled(ctx, at, headerA, headerB, HEADER_HANDLED)
  }
}
