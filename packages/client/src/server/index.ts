// `@openrouter-kit/client/server`: code that holds the management key and must run on a server.
export {
  createKeysProxy,
  createManagementProxy,
  type KeysProxyOptions,
  type ManagementProxyOptions,
  type ProxyHandler,
  type ProxyOperationId,
} from './management-proxy'
