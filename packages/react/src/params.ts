// The params each hook accepts. `offset` belongs to single pages only: the full listing walks every
// page itself and the infinite listing computes offsets from what it has loaded.
import type { ListApiKeysParams } from '@openrouter-kit/client'

/** Filters for a listing: `include_disabled` and `workspace_id`. */
export type ApiKeysParams = Omit<ListApiKeysParams, 'offset'>

/** Filters plus the `offset` of one page. */
export type ApiKeysPageParams = ListApiKeysParams
