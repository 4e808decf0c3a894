// The handlers of the key operations: list, create, get, update, delete.
import type { ApiKey } from '@openrouter-kit/types'
import { invalidMessage } from '@openrouter-kit/types/operations'
import { DEFAULT_WORKSPACE_ID } from '../constants'
import { errorResult, type Handlers } from '../operation-types'
import { maskedLabel, newSecret, sha256Hex } from '../secrets'
import { isoSeconds } from '../seed-keys'
import type { MockState } from '../state'

type KeyHandlers = Pick<
  Handlers,
  'listApiKeys' | 'createApiKey' | 'getApiKey' | 'updateApiKey' | 'deleteApiKey'
>

const KEY_NOT_FOUND = 'API key not found'

/** A fresh secret and its hash, unused in the store. */
function unusedSecret(state: MockState): { secret: string; hash: string } {
  for (;;) {
    const secret = newSecret(state.secrets)
    const hash = sha256Hex(secret)
    if (!state.keys.has(hash)) return { secret, hash }
  }
}

export function keyHandlers(state: MockState): KeyHandlers {
  return {
    listApiKeys: ({ query }) => {
      // Decoded by the descriptor's codecs: a boolean, an integer >= 0 (or null), a UUID.
      const offset = (query.offset as number | null | undefined) ?? 0
      const filter = {
        includeDisabled: query.include_disabled === true,
        workspaceId: query.workspace_id as string | undefined,
      }
      return { body: { data: state.keys.list(filter, offset, offset + state.pageSize) } }
    },

    createApiKey: ({ body }) => {
      const workspaceId =
        body.workspace_id === undefined
          ? DEFAULT_WORKSPACE_ID
          : state.workspaces.idOf(body.workspace_id)
      if (workspaceId === undefined) {
        // The spec lists no 404 for this operation: a workspace that is not the account's is a
        // bad value in the body.
        return errorResult(
          400,
          invalidMessage(
            'workspace_id',
            body.workspace_id,
            'the id of a workspace of this account',
          ),
        )
      }
      const { secret, hash } = unusedSecret(state)
      const limit = body.limit ?? null
      const key: ApiKey = {
        hash,
        name: body.name,
        label: maskedLabel(secret),
        disabled: false,
        limit,
        limit_remaining: limit,
        limit_reset: body.limit_reset ?? null,
        include_byok_in_limit: body.include_byok_in_limit ?? false,
        usage: 0,
        usage_daily: 0,
        usage_weekly: 0,
        usage_monthly: 0,
        byok_usage: 0,
        byok_usage_daily: 0,
        byok_usage_weekly: 0,
        byok_usage_monthly: 0,
        created_at: isoSeconds(state.clock.now()),
        updated_at: null,
        creator_user_id: body.creator_user_id ?? null,
        workspace_id: workspaceId,
        expires_at: body.expires_at ?? null,
      }
      return { body: { data: state.keys.insert(key, 'createApiKey'), key: secret } }
    },

    getApiKey: ({ params }) => {
      const key = state.keys.get(params.hash)
      return key ? { body: { data: key } } : errorResult(404, KEY_NOT_FOUND)
    },

    updateApiKey: ({ params, body }) => {
      if (!state.keys.has(params.hash)) return errorResult(404, KEY_NOT_FOUND)
      // The body codec admits only the fields the spec lets PATCH change.
      const changes: Partial<ApiKey> = { ...body, updated_at: isoSeconds(state.clock.now()) }
      return { body: { data: state.keys.update(params.hash, changes, 'updateApiKey') } }
    },

    deleteApiKey: ({ params }) => {
      if (!state.keys.has(params.hash)) return errorResult(404, KEY_NOT_FOUND)
      state.keys.remove(params.hash, 'deleteApiKey')
      return { body: { deleted: true } }
    },
  }
}
