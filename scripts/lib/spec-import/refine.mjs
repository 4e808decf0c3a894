// Step 6: the refinements in spec/import.yaml's `overlay`, an OpenAPI Overlay 1.0 document,
// applied with openapi-format (a maintained implementation of the Overlay spec, JSONPath
// targets included) to the named output, so that its targets use our stable names.
import openapiFormat from 'openapi-format'

/** Applies `overlay` to `document`; returns the result and a warning per action that matched nothing. */
export async function applyRefinements(document, overlay) {
  if (overlay === undefined) return { document, warnings: [] }
  const { data, resultData } = await openapiFormat.openapiOverlay(document, { overlaySet: overlay })
  const warnings = (resultData.unusedActions ?? []).map(
    (action) =>
      `overlay action "${action.description ?? action.target}" matched nothing (${action.target})`,
  )
  return { document: data, warnings }
}
