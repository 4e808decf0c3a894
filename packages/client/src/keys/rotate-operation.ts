// Rotation as one request to a management proxy (`POST …/keys/{hash}/rotate`): not an OpenRouter
// operation but the proxy's own, so that a browser rotates a key with one request while the
// server does the create and the retire. Built from the generated descriptors (the hash as
// getApiKey takes it, the fields as createApiKey checks them), so no fact is written twice.
import {
  type Codec,
  createApiKey,
  getApiKey,
  type OperationDescriptor,
  object,
  oneOf,
} from '@openrouter-kit/types/operations'

/** What happens to the old key once the successor exists. */
export const RETIRE_MODES = ['keep', 'disable', 'delete'] as const

/** The createApiKey fields a rotation may override; the rest comes from the old key. */
const OVERRIDABLE = ['name', 'limit', 'limit_reset', 'include_byok_in_limit', 'expires_at'] as const

function overridableFields(): Record<string, Codec> {
  const fields: Record<string, Codec> = {}
  for (const name of OVERRIDABLE) {
    const codec = createApiKey.body.fields[name]
    if (codec) fields[name] = codec
  }
  return fields
}

/** The proxy operation id, listed in `createManagementProxy({ operations })` like the others. */
export const ROTATE_OPERATION_ID = 'rotateApiKey'

function rotateOperation(): OperationDescriptor<typeof ROTATE_OPERATION_ID> {
  return {
    id: ROTATE_OPERATION_ID,
    method: 'POST',
    path: `${getApiKey.path}/rotate`,
    pathParams: getApiKey.pathParams,
    query: {},
    body: object({ retire: oneOf(RETIRE_MODES), ...overridableFields() }),
    success: 201,
    envelope: { data: 'object', key: 'string', previous: 'object' },
  }
}

// Built by a call marked pure: a bundle that never rotates drops it (reading the generated
// descriptors' fields would otherwise count as a side effect and keep it).
export const rotateApiKeyOperation = /* @__PURE__ */ rotateOperation()
