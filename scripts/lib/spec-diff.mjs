// Classify the change between two versions of an OpenAPI 3.x document by what it does to code
// compiled against the generated types (@openrouter-kit/types) and the packages built on them:
//
//   breaking (major)  code that compiled or worked before may not: an operation, parameter,
//                     response or field removed; a parameter, body or field made required; a
//                     request type or enum narrowed; a response type widened (made nullable, new
//                     enum value: `string` code now gets `string | null`) or a response enum
//                     narrowed (comparisons with the removed value stop compiling); the success
//                     status moved; a credential that was enough no longer is
//   additive (minor)  new operations, optional parameters and body fields, response fields, error
//                     responses; widened request types; error responses described another way
//                     (a `default` split into `4XX`/`5XX` or into codes); deprecations
//   docs (patch)      descriptions, summaries, examples, titles; a security scheme renamed while
//                     the credential sent stays the same; vendor extensions for other tools
//
// Why not an existing tool: oasdiff is a Go binary (nothing to install here), and the JS tools we
// tried classify by wire compatibility, not by the TypeScript types: api-smart-diff calls a
// response field made nullable non-breaking (harmless on the wire, but `string` becomes
// `string | null` for every consumer) and reports each change twice (under paths and components).
// This focused walker (scripts/lib/spec-diff/) covers what our spec uses: local $refs,
// parameters, request bodies, responses, security and schema
// type/enum/properties/required/items/additionalProperties. Anything it does not analyse in
// detail is reported as breaking, so an unknown change never slips out as a patch.

import { isEqual } from './spec-diff/document.mjs'
import { compareOperations } from './spec-diff/operations.mjs'
import { compareRequirements, compareSecuritySchemes } from './spec-diff/security.mjs'
import { compareUnhandled } from './spec-diff/unhandled.mjs'
import { extensionFilter } from './spec-import/normalise.mjs'

export const LEVELS = /** @type {const} */ (['none', 'patch', 'minor', 'major'])
const KIND = { major: 'breaking', minor: 'additive', patch: 'docs only', none: 'no change' }
// Extensions our generators read; spec/import.yaml's `keepExtensions` says the same.
export const GENERATOR_EXTENSIONS = ['x-openrouter-*']
const DOCUMENT_HANDLED = new Set([
  'openapi',
  'info',
  'servers',
  'security',
  'tags',
  'externalDocs',
  'paths',
  'components',
])

/**
 * @typedef {{ level: 'major' | 'minor' | 'patch', where: string, message: string }} Change
 * @typedef {{ level: typeof LEVELS[number], kind: string, changes: Change[] }} SpecDiff
 * @param {{ generatorExtensions?: string[] }} [options] extension name globs our generators read
 *   (a change there is breaking); every other `x-*` is documentation
 * @returns {SpecDiff}
 */
export function diffSpecs(before, after, { generatorExtensions = GENERATOR_EXTENSIONS } = {}) {
  const changes = []
  const reported = new Set()
  // The same finding can be reached twice (two error statuses folded into one range are each
  // compared with it); it is listed once.
  const add = (level, where, message) => {
    const key = `${level} ${where} ${message}`
    if (reported.has(key)) return
    reported.add(key)
    changes.push({ level, where, message })
  }
  const readByGenerators = extensionFilter(generatorExtensions)
  const ctx = { before, after, add, seen: new Set(), readByGenerators }

  compareOperations(ctx)
  compareComponentNames(ctx)
  compareSecuritySchemes(ctx)
  compareDocument(ctx)

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
}

function compareDocument(ctx) {
  for (const key of ['info', 'tags', 'externalDocs', 'servers']) {
    if (!isEqual(ctx.before[key], ctx.after[key])) ctx.add('patch', key, `${key} changed`)
  }
  compareRequirements(ctx, 'security', ctx.before.security ?? [], ctx.after.security ?? [])
  if (ctx.before.openapi !== ctx.after.openapi) {
    ctx.add('patch', 'openapi', `OpenAPI version ${ctx.before.openapi} -> ${ctx.after.openapi}`)
  }
  compareUnhandled(ctx, '(document)', ctx.before, ctx.after, DOCUMENT_HANDLED)
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
