// Shared typedoc options for `pnpm docs` (scripts/docs.mjs runs typedoc once per package with
// this file, adding the entry points, name, readme and output folder).
import { OptionDefaults } from 'typedoc'

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  // openapi-typescript documents the generated types with @description.
  blockTags: [...OptionDefaults.blockTags, '@description'],
  excludePrivate: true,
  excludeInternal: true,
  disableSources: true,
  // The packages' own typecheck guards the types; typedoc only reads them (and must not trip over
  // test files that a package's tsconfig includes).
  skipErrorChecking: true,
  logLevel: 'Warn',
}
