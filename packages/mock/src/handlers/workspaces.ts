// The handlers of the workspace operations: list (offset and limit) and get (by id or slug).
import { errorResult, type Handlers } from '../operation-types'
import type { MockState } from '../state'

type WorkspaceHandlers = Pick<Handlers, 'listWorkspaces' | 'getWorkspace'>

export function workspaceHandlers(state: MockState): WorkspaceHandlers {
  return {
    listWorkspaces: ({ query }) => {
      // Decoded by the descriptor's codecs, with the spec's defaults when absent.
      const offset = (query.offset as number | null | undefined) ?? 0
      const limit = query.limit as number | undefined
      return {
        body: {
          data: state.workspaces.list(offset, limit),
          total_count: state.workspaces.count,
        },
      }
    },

    getWorkspace: ({ params }) => {
      // "The workspace ID (UUID) or slug", as the spec describes the parameter.
      const workspace = state.workspaces.find(params.id)
      return workspace ? { body: { data: workspace } } : errorResult(404, 'Workspace not found')
    },
  }
}
