// The rule that keeps spec-diff honest: a keyword it does not analyse counts as breaking when it
// changes, except vendor extensions (`x-*`), which are hints for other tools (upstream's
// `x-speakeasy-*` for its SDK generator, `x-retry-strategy`, ...) and so documentation to us. The
// extensions our own generators read (spec/import.yaml `keepExtensions`, e.g.
// `x-openrouter-type`) change generated code, so they are not analysed and count as breaking.
import { isEqual } from './document.mjs'

/**
 * Reports every key of `a` or `b` outside `handled` whose value differs. `ctx.readByGenerators`
 * tells whether an extension name is one our generators read.
 */
export function compareUnhandled(ctx, where, a, b, handled) {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])
  for (const key of keys) {
    if (handled.has(key) || isEqual(a?.[key], b?.[key])) continue
    if (key.startsWith('x-') && !ctx.readByGenerators(key)) {
      const change =
        a?.[key] === undefined ? 'added' : b?.[key] === undefined ? 'removed' : 'changed'
      ctx.add('patch', where, `vendor extension ${key} ${change} (a hint for other tools)`)
    } else if (key.startsWith('x-')) {
      ctx.add(
        'major',
        where,
        `${key} changed (read by our generators; not analysed in detail, treated as breaking)`,
      )
    } else {
      ctx.add('major', where, `${key} changed (not analysed in detail, treated as breaking)`)
    }
  }
}
