// Who is calling: a configured management key (every operation), or the secret of a key created
// through the mock (only the operations the spec does not reserve to management keys, i.e.
// GET /key). Which operations need a management key is read from the bundled spec, whose
// descriptions say "[Management key](...) required."

import { paths } from '@openrouter-kit/types/openapi.json'
import type { OperationDescriptor } from '@openrouter-kit/types/operations'
import type { Clock } from './clock'
import type { KeyStore } from './key-store'
import { type Caller, type ErrorResult, errorResult } from './operation-types'
import { sha256Hex } from './secrets'

/** Upstream's exact 403 message (the spec's example for the Forbidden response). */
export const MANAGEMENT_KEY_REQUIRED = 'Only management keys can perform this operation'

const MANAGEMENT_KEY_MARKER = /\[Management key\]\([^)]*\) required/

export function requiresManagementKey(operation: OperationDescriptor): boolean {
  const item = (paths as Record<string, Record<string, { description?: string }>>)[operation.path]
  const description = item?.[operation.method.toLowerCase()]?.description ?? ''
  return MANAGEMENT_KEY_MARKER.test(description)
}

export interface AuthState {
  managementKeys: ReadonlySet<string>
  keys: KeyStore
  clock: Clock
}

const BEARER = /^Bearer\s+(\S+)\s*$/i

/** The caller, or the 401/403 to answer. A token is never echoed: it may be a real key. */
export function authenticate(
  authorization: string | undefined,
  operation: OperationDescriptor,
  state: AuthState,
): Caller | ErrorResult {
  if (!authorization) return errorResult(401, 'Missing Authentication header')
  const token = BEARER.exec(authorization)?.[1]
  if (token === undefined) return errorResult(401, 'Invalid credentials: expected Bearer <key>')
  if (state.managementKeys.has(token)) return { kind: 'management' }
  const key = state.keys.get(sha256Hex(token))
  if (!key) return errorResult(401, 'Invalid credentials: not a key of this mock')
  if (key.disabled) return errorResult(401, 'Invalid credentials: this key is disabled')
  if (key.expires_at && Date.parse(key.expires_at) <= state.clock.now()) {
    return errorResult(401, 'Invalid credentials: this key has expired')
  }
  if (requiresManagementKey(operation)) return errorResult(403, MANAGEMENT_KEY_REQUIRED)
  return { kind: 'key', key }
}
