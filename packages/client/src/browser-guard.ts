// Management keys can create, read and delete every API key of an account: refuse to put one in
// a web page unless the caller says they know what they are doing.
import { OpenRouterError } from './errors'

/** True where `window` and `document` exist (a browser, or a DOM test environment). */
export const inBrowser = (): boolean =>
  typeof window !== 'undefined' && typeof document !== 'undefined'

export function guardBrowser(apiKey: unknown, allow?: boolean): void {
  if (apiKey && !allow && inBrowser())
    throw new OpenRouterError(
      'Refusing to use an OpenRouter management key in a browser, where every visitor could read it. Keep the key on a server behind createKeysProxy from @openrouter-kit/client/server and create the browser client without apiKey (baseURL: your proxy), or pass dangerouslyAllowBrowser: true.',
    )
}
