// `importSpec`: OpenRouter's published OpenAPI description in, spec/openapi.yaml's document out.
// The steps, each in its own file: select -> dereference -> normalise -> name -> assemble -> refine.

import { assembleDocument } from './assemble.mjs'
import { createDereferencer } from './dereference.mjs'
import { nameSchemas } from './name-schemas.mjs'
import { dropExtensions, extensionFilter, normaliseOperationSchemas } from './normalise.mjs'
import { applyRefinements } from './refine.mjs'
import { selectOperations } from './select.mjs'

export { serialise } from './serialise.mjs'

/**
 * @param upstream the parsed upstream document (whole, or only the parts we take)
 * @param config the parsed spec/import.yaml
 * @param options `dropMissing`: leave out an operation the source lacks instead of failing
 * @returns `{ document, warnings, dropped }`; dropped lists `"GET /x (operationId)"` entries
 */
export async function importSpec(upstream, config, { dropMissing = false } = {}) {
  checkConfig(config)
  const warnings = []
  const dereference = createDereferencer(upstream)
  const { found, missing } = selectOperations(upstream, config.operations, dereference)
  const dropped = missing.map(({ key, operationId }) => `${key} (${operationId})`)
  if (dropped.length > 0 && !dropMissing) {
    throw new Error(
      `the source has no ${dropped.join(', ')}; pass --drop-missing to leave ${dropped.length > 1 ? 'them' : 'it'} out`,
    )
  }
  if (found.length === 0)
    throw new Error('the source has none of the operations in spec/import.yaml')

  const keep = extensionFilter(config.keepExtensions ?? [])
  for (const { operation } of found) {
    dropExtensions(operation, keep)
    normaliseOperationSchemas(operation)
  }
  const components = nameSchemas(found, config)
  warnings.push(...components.warnings)
  const assembled = assembleDocument(upstream, found, components, warnings)
  dropExtensions(assembled, keep)
  const refined = await applyRefinements(assembled, config.overlay)
  warnings.push(...refined.warnings)
  return { document: refined.document, warnings, dropped }
}

function checkConfig(config) {
  if (typeof config !== 'object' || config === null || typeof config.operations !== 'object') {
    throw new Error(
      'spec/import.yaml must have an `operations` map of "<METHOD> <path>": operationId',
    )
  }
  const ids = Object.values(config.operations)
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  if (repeated) throw new Error(`spec/import.yaml: operationId ${repeated} is given twice`)
}
