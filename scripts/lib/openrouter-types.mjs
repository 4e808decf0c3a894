// openapi-typescript hooks that read OpenRouter's vendor extensions. Kept apart from the
// generator's plumbing so that the type mapping is easy to find and to test.
import { BOOLEAN, tsLiteral, tsUnion } from 'openapi-typescript'

/**
 * OpenRouter marks some query parameters as `type: string` with `x-openrouter-type: boolean`:
 * the wire value is the text "true" or "false", but callers think in booleans. Widen the
 * generated type to `boolean | "true" | "false"`; the client serialises a boolean as its text.
 */
export function transformOpenRouterSchema(schemaObject) {
  if (schemaObject?.['x-openrouter-type'] === 'boolean' && schemaObject.type === 'string') {
    return tsUnion([BOOLEAN, tsLiteral('true'), tsLiteral('false')])
  }
  return undefined
}
