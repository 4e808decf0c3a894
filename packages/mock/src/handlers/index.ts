// One handler per operation of the spec: `Handlers` requires all of them.
import type { Handlers } from '../operation-types'
import type { MockState } from '../state'
import { accountHandlers } from './account'
import { keyHandlers } from './keys'
import { workspaceHandlers } from './workspaces'

export function createHandlers(state: MockState): Handlers {
  return { ...keyHandlers(state), ...workspaceHandlers(state), ...accountHandlers(state) }
}
