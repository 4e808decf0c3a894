// Management keys can create, read and delete every API key of an account: refuse to put one in
// a web page, or in a Web Worker started by one, unless the caller says they know what they are
// doing. A worker's bundle is served to every visitor just like the page's.
import { OpenRouterError } from './errors'

type BrowserGlobals = { WorkerGlobalScope?: abstract new () => unknown; importScripts?: unknown }

/**
 * True inside a browser's Web Worker (dedicated, shared or service; classic or module). Deno's
 * workers are WorkerGlobalScopes too, and Cloudflare Workers define the class, but both run on a
 * server: only browsers implement `importScripts` (in module workers it exists and throws).
 */
const inBrowserWorker = (): boolean => {
  const scope = globalThis as BrowserGlobals
  return (
    typeof scope.WorkerGlobalScope === 'function' &&
    globalThis instanceof scope.WorkerGlobalScope &&
    typeof scope.importScripts === 'function'
  )
}

/** True in a page (`window` and `document` exist, also in a DOM test environment) or a browser worker. */
export const inBrowser = (): boolean =>
  (typeof window !== 'undefined' && typeof document !== 'undefined') || inBrowserWorker()

export function guardBrowser(apiKey: unknown, allow?: boolean): void {
  if (apiKey && !allow && inBrowser())
    throw new OpenRouterError(
      'Refusing to use an OpenRouter management key in a browser, where every visitor could read it. Keep the key on a server behind createKeysProxy from @openrouter-kit/client/server and create the browser client without apiKey (baseURL: your proxy), or pass dangerouslyAllowBrowser: true.',
    )
}
