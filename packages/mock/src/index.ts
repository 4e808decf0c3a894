export type { TimeInput } from './clock'
export {
  DEFAULT_EXTRA_WORKSPACES,
  DEFAULT_KEYS_PER_WORKSPACE,
  DEFAULT_PAGE_SIZE,
  DEFAULT_REQUEST_LOG_LIMIT,
  DEFAULT_SEED_COUNT,
  DEFAULT_WORKSPACE_ID,
  MOCK_MANAGEMENT_KEY,
  OTHER_WORKSPACE_ID,
  THIRD_WORKSPACE_ID,
} from './constants'
export type { ChaosOptions, Fault, FaultTarget } from './faults'
export type { ListKeysFilter } from './key-store'
export type { LatencyMs } from './latency'
export type { ListenOptions, MockListener } from './listen'
export type { RequestHook, RequestInfo } from './request-hooks'
export type { RequestLogEntry } from './request-log'
export { createMockServer, type MockServer, type MockServerOptions } from './server'
export type { UsageOptions } from './state-checks'
