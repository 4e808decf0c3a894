// `@openrouter-kit/client/server`: code that holds the management key and must run on a server.
export { createKeysProxy, type KeysProxyOptions } from './keys-proxy'
