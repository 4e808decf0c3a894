// Security, compared by the credential a request must send, not by the names of the schemes.
// Upstream renames its schemes (it declares the same bearer scheme as `apiKey` and as `bearer`)
// while every request still sends `Authorization: Bearer <key>`; that is documentation. A scheme
// whose credential changes (another header, another scheme type), or a requirement a request can
// no longer satisfy with the credential it sent before, is breaking.
import { canonicalJson, isEqual, isObject } from './document.mjs'
import { compareUnhandled } from './unhandled.mjs'

// What a client sends; the rest of a scheme (description, bearerFormat) only documents it.
const CREDENTIAL_FIELDS = ['type', 'scheme', 'in', 'name', 'flows', 'openIdConnectUrl']
const SCHEME_HANDLED = new Set([...CREDENTIAL_FIELDS, 'description', 'bearerFormat'])

/** A string equal for two schemes exactly when a client sends the same credential for both. */
function credentialOf(scheme) {
  if (!isObject(scheme)) return 'an undefined scheme'
  const credential = {}
  for (const field of CREDENTIAL_FIELDS) {
    if (scheme[field] === undefined) continue
    // HTTP auth scheme names are case-insensitive (RFC 7235): "Bearer" is "bearer".
    credential[field] =
      field === 'scheme' && typeof scheme[field] === 'string'
        ? scheme[field].toLowerCase()
        : scheme[field]
  }
  // Everything else a scheme says that spec-diff does not know is part of its identity, so a
  // change there is not mistaken for a rename.
  for (const [key, value] of Object.entries(scheme)) {
    if (!SCHEME_HANDLED.has(key) && !key.startsWith('x-')) credential[key] = value
  }
  return canonicalJson(credential)
}

const schemesOf = (document) => document.components?.securitySchemes ?? {}

/**
 * A requirement list (alternatives, any one of which is enough) as a set of strings naming the
 * credentials each alternative needs, scopes included, whatever the schemes are called.
 */
function alternativesOf(document, requirements) {
  const schemes = schemesOf(document)
  return new Set(
    (requirements ?? []).map((requirement) =>
      Object.entries(requirement ?? {})
        .map(
          ([name, scopes]) =>
            `${credentialOf(schemes[name])} scopes ${canonicalJson([...(scopes ?? [])].sort())}`,
        )
        .sort()
        .join(' and '),
    ),
  )
}

const namesOf = (requirements) =>
  (requirements ?? []).map((requirement) => Object.keys(requirement ?? {}))

/** Compares two security requirement lists (`security` of the document or of an operation). */
export function compareRequirements(ctx, where, a, b) {
  const alternativesA = alternativesOf(ctx.before, a)
  const alternativesB = alternativesOf(ctx.after, b)
  // No requirement at all, or an empty one (`{}`), lets a request through without a credential.
  const anonymous = (alternatives) => alternatives.size === 0 || alternatives.has('')
  const lost = [...alternativesA].filter((alternative) => !alternativesB.has(alternative))
  const gained = [...alternativesB].filter((alternative) => !alternativesA.has(alternative))
  if (anonymous(alternativesA) !== anonymous(alternativesB)) {
    if (anonymous(alternativesA)) ctx.add('major', where, 'authentication now required')
    else ctx.add('minor', where, 'authentication now optional')
  } else if (lost.length > 0 && !anonymous(alternativesB)) {
    ctx.add(
      'major',
      where,
      'security requirements changed: a credential that was enough no longer is',
    )
  } else if (gained.length > 0 || lost.length > 0) {
    ctx.add('minor', where, 'security requirements: another credential is now accepted too')
  } else if (!isEqual(namesOf(a), namesOf(b))) {
    ctx.add(
      'patch',
      where,
      `security requirement names ${JSON.stringify(namesOf(a))} -> ${JSON.stringify(namesOf(b))} (same credential)`,
    )
  }
}

/** components.securitySchemes: renames with the same credential are documentation. */
export function compareSecuritySchemes(ctx) {
  const a = schemesOf(ctx.before)
  const b = schemesOf(ctx.after)
  for (const [name, scheme] of Object.entries(a)) {
    const where = `components.securitySchemes.${name}`
    if (name in b) {
      if (credentialOf(scheme) !== credentialOf(b[name])) {
        ctx.add('major', where, 'the credential this scheme sends changed')
      }
      for (const field of ['description', 'bearerFormat']) {
        if (!isEqual(scheme[field], b[name][field])) ctx.add('patch', where, `${field} changed`)
      }
      compareUnhandled(ctx, where, scheme, b[name], SCHEME_HANDLED)
      continue
    }
    const same = Object.keys(b).find((other) => credentialOf(b[other]) === credentialOf(scheme))
    if (same === undefined) ctx.add('major', where, 'security scheme removed')
    else if (same in a) ctx.add('patch', where, `removed; ${same} sends the same credential`)
    else ctx.add('patch', where, `renamed to ${same} (same credential)`)
  }
  for (const [name, scheme] of Object.entries(b)) {
    if (name in a) continue
    const where = `components.securitySchemes.${name}`
    const same = Object.keys(a).find((other) => credentialOf(a[other]) === credentialOf(scheme))
    // A rename was reported above, under the old name.
    if (same !== undefined && same in b) {
      ctx.add('patch', where, `new name for the credential ${same} sends`)
    } else if (same === undefined) {
      ctx.add('minor', where, 'new security scheme')
    }
  }
}
