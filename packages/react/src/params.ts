// The params each hook accepts. `offset` belongs to single pages only: the full listing walks every
// page itself and the infinite listing computes offsets from what it has loaded.
import type { GetActivityParams, ListApiKeysParams } from '@openrouter-kit/client'

/** Filters for a listing: `include_disabled` and `workspace_id`. */
export type ApiKeysParams = Omit<ListApiKeysParams, 'offset'>

/** Filters plus the `offset` of one page. */
export type ApiKeysPageParams = ListApiKeysParams

/**
 * The full listing's params: those of {@link ApiKeysParams}, or `allWorkspaces: true` for every key
 * of every workspace (the client's `inventory`), which cannot be combined with `workspace_id`.
 */
export interface ApiKeysQueryParams extends ApiKeysParams {
  allWorkspaces?: boolean | undefined
}

/** The filters of `GET /activity` (`api_key_hash`, `date`, `group_by`, `user_id`), as the spec has them. */
export type ActivityParams = GetActivityParams
