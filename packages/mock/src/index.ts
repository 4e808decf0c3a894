export {
  DEFAULT_PAGE_SIZE,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_SEED_COUNT,
  DEFAULT_WORKSPACE_ID,
  MOCK_MANAGEMENT_KEY,
  OTHER_WORKSPACE_ID,
} from './constants'
export type { ChaosOptions, Fault } from './faults'
export type { ListKeysFilter } from './key-store'
export type { ListenOptions, MockListener } from './listen'
export type { RequestLogEntry } from './request-log'
export { createMockServer, type MockServer, type MockServerOptions } from './server'
