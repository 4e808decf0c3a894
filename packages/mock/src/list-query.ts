// Parses and validates the query of `GET /keys`. Unknown parameters are ignored (as most real
// APIs do, and so a newer client never breaks against the mock); known ones with a bad value are
// a 400 naming the parameter.
import { isUuid } from './formats'

export interface ListQuery {
  includeDisabled: boolean
  offset: number
  workspaceId: string | undefined
}

export type ParseResult = { ok: true; query: ListQuery } | { ok: false; message: string }

const KNOWN = ['include_disabled', 'offset', 'workspace_id'] as const

export function parseListQuery(params: URLSearchParams): ParseResult {
  for (const name of KNOWN) {
    if (params.getAll(name).length > 1) {
      return { ok: false, message: `Invalid query parameter ${name}: given more than once` }
    }
  }
  const includeDisabled = params.get('include_disabled')
  if (includeDisabled !== null && includeDisabled !== 'true' && includeDisabled !== 'false') {
    return {
      ok: false,
      message: `Invalid query parameter include_disabled: expected "true" or "false", got ${JSON.stringify(includeDisabled)}`,
    }
  }
  const offsetText = params.get('offset')
  let offset = 0
  if (offsetText !== null) {
    offset = Number(offsetText)
    if (!/^\d+$/.test(offsetText) || !Number.isSafeInteger(offset)) {
      return {
        ok: false,
        message: `Invalid query parameter offset: expected a non-negative integer, got ${JSON.stringify(offsetText)}`,
      }
    }
  }
  const workspaceId = params.get('workspace_id')
  if (workspaceId !== null && !isUuid(workspaceId)) {
    return {
      ok: false,
      message: `Invalid query parameter workspace_id: expected a UUID, got ${JSON.stringify(workspaceId)}`,
    }
  }
  return {
    ok: true,
    query: {
      includeDisabled: includeDisabled === 'true',
      offset,
      workspaceId: workspaceId ?? undefined,
    },
  }
}
