// What a stored key must look like: the bundled spec's `components.schemas.ApiKey` (its fields,
// their types, the required list), plus a few refinements the spec states only in prose. A field
// added to the spec is checked with no edit here. Fields the spec does not list are kept (the
// real API adds fields), as long as they are plain JSON.
import { components } from '@openrouter-kit/types/openapi.json'
import type { JsonSchema } from './json-schema'
import { recordProblem } from './record-problem'

/** What the spec leaves to its descriptions, so that the mock never serves impossible keys. */
export const API_KEY_REFINEMENTS: Readonly<Record<string, JsonSchema>> = {
  // The store tells keys apart by hash (and GET /keys/{hash} will look them up by it).
  hash: { minLength: 1 },
  // GET /keys declares its workspace_id filter a uuid, and compares it with this field.
  workspace_id: { format: 'uuid' },
  // "ISO 8601 timestamp" in the descriptions; expires_at carries format date-time in the spec.
  created_at: { format: 'date-time' },
  updated_at: { format: 'date-time' },
  // Amounts in USD, spent or allowed: never negative. (limit_remaining is left alone.)
  limit: { minimum: 0 },
  usage: { minimum: 0 },
  usage_daily: { minimum: 0 },
  usage_weekly: { minimum: 0 },
  usage_monthly: { minimum: 0 },
  byok_usage: { minimum: 0 },
  byok_usage_daily: { minimum: 0 },
  byok_usage_weekly: { minimum: 0 },
  byok_usage_monthly: { minimum: 0 },
}

/** A schema with `refinements` merged into its properties; a refinement for a field the spec no longer has is dropped. */
export function refineSchema(
  schema: JsonSchema,
  refinements: Readonly<Record<string, JsonSchema>>,
): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    properties[name] = { ...property, ...refinements[name] }
  }
  return { ...schema, properties }
}

/** The spec's ApiKey schema, as bundled into this package at build time. */
export const SPEC_API_KEY_SCHEMA = components.schemas.ApiKey as unknown as JsonSchema

export const API_KEY_SCHEMA: JsonSchema = refineSchema(SPEC_API_KEY_SCHEMA, API_KEY_REFINEMENTS)

/**
 * What is wrong with `value` as a stored key, as a sentence starting with its path (`path` is
 * `keys[2]` for an option entry, '' for a method argument), or undefined when it is a valid key.
 */
export function apiKeyProblem(
  value: unknown,
  path: string,
  schema: JsonSchema = API_KEY_SCHEMA,
): string | undefined {
  return recordProblem(value, path, schema, { noun: 'the key', kind: 'ApiKey' })
}
