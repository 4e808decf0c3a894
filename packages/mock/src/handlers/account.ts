// The handlers around the keys: the key presented (GET /key), the account's credits and its
// activity.
import type { ApiKey, CurrentKey } from '@openrouter-kit/types'
import { invalidMessage } from '@openrouter-kit/types/operations'
import { ACTIVITY_DAYS, activityRange } from '../activity'
import { type Caller, errorResult, type Handlers } from '../operation-types'
import type { MockState } from '../state'
import { roundUsd } from '../usage'

type AccountHandlers = Pick<Handlers, 'getCurrentKey' | 'getCredits' | 'getActivity'>

/** "Legacy rate limit information about a key. Will always return -1." */
const LEGACY_RATE_LIMIT: CurrentKey['rate_limit'] = {
  requests: -1,
  interval: '10s',
  note: 'This field is deprecated and safe to ignore.',
}

/** What GET /key says about a management key: no limit, no usage of its own. */
const MANAGEMENT_KEY_INFO: CurrentKey = {
  // A fixed label: not even a masked part of a configured key is ever sent back.
  label: 'Mock management key',
  limit: null,
  limit_remaining: null,
  limit_reset: null,
  include_byok_in_limit: false,
  usage: 0,
  usage_daily: 0,
  usage_weekly: 0,
  usage_monthly: 0,
  byok_usage: 0,
  byok_usage_daily: 0,
  byok_usage_weekly: 0,
  byok_usage_monthly: 0,
  is_free_tier: false,
  is_management_key: true,
  is_provisioning_key: true,
  creator_user_id: null,
  expires_at: null,
  rate_limit: LEGACY_RATE_LIMIT,
}

function currentKeyInfo(key: ApiKey): CurrentKey {
  return {
    label: key.label,
    limit: key.limit,
    limit_remaining: key.limit_remaining,
    limit_reset: key.limit_reset,
    include_byok_in_limit: key.include_byok_in_limit,
    usage: key.usage,
    usage_daily: key.usage_daily,
    usage_weekly: key.usage_weekly,
    usage_monthly: key.usage_monthly,
    byok_usage: key.byok_usage,
    byok_usage_daily: key.byok_usage_daily,
    byok_usage_weekly: key.byok_usage_weekly,
    byok_usage_monthly: key.byok_usage_monthly,
    is_free_tier: false,
    is_management_key: false,
    is_provisioning_key: false,
    creator_user_id: key.creator_user_id,
    expires_at: key.expires_at ?? null,
    rate_limit: LEGACY_RATE_LIMIT,
  }
}

function callerInfo(caller: Caller): CurrentKey {
  return caller.kind === 'management'
    ? structuredClone(MANAGEMENT_KEY_INFO)
    : currentKeyInfo(caller.key)
}

export function accountHandlers(state: MockState): AccountHandlers {
  return {
    getCurrentKey: ({ caller }) => ({ body: { data: callerInfo(caller) } }),

    getCredits: () => ({
      body: {
        data: {
          total_credits: state.credits.total,
          total_usage: roundUsd(state.keys.totalUsage()),
        },
      },
    }),

    getActivity: ({ query }) => {
      // Decoded by the descriptor's codecs: a YYYY-MM-DD date, strings, and 'workspace'.
      const date = query.date as string | undefined
      const workspaceId = query.workspace_id as string | undefined
      const now = state.clock.now()
      const { first, last } = activityRange(now)
      if (date !== undefined && (date < first || date > last)) {
        return errorResult(
          400,
          invalidMessage(
            'date',
            date,
            `a date in the last ${ACTIVITY_DAYS} completed UTC days (${first} to ${last})`,
          ),
        )
      }
      // "The workspace must belong to the authenticated account."
      if (workspaceId !== undefined && state.workspaces.idOf(workspaceId) === undefined) {
        return errorResult(404, 'Workspace not found')
      }
      const rows = state.activity.rows(
        {
          date,
          apiKeyHash: query.api_key_hash as string | undefined,
          workspaceId,
          userId: query.user_id as string | undefined,
          groupByWorkspace: query.group_by === 'workspace',
        },
        now,
      )
      return { body: { data: rows } }
    },
  }
}
