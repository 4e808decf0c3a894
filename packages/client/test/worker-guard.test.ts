// The browser guard inside Web Workers. A module worker's bundle is served to every visitor like a
// page's, so a management key must be refused there too. Node has no worker global scope: each
// test stubs the globals that a browser worker, a Deno worker and a Cloudflare Worker define. The
// real module worker in Chromium is checked by the consumer tests (scripts/consumer/browser.mjs).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createOpenRouterClient, InvalidRequestError, OpenRouterError } from '../src/index'
import { KEY, recordError, scanRecordsForKey } from './harness'

/** A stand-in for the WorkerGlobalScope class; `globalThis` is an instance when `isGlobal`. */
function workerGlobalScope(isGlobal: boolean) {
  function WorkerGlobalScope() {}
  Object.defineProperty(WorkerGlobalScope, Symbol.hasInstance, {
    value: (value: unknown) => isGlobal && value === globalThis,
  })
  return WorkerGlobalScope
}

/** What a browser defines in a dedicated, shared or service worker (classic or module). */
function stubBrowserWorker() {
  vi.stubGlobal('WorkerGlobalScope', workerGlobalScope(true))
  vi.stubGlobal('importScripts', () => {
    throw new TypeError('Module scripts do not support importScripts().')
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

describe('in a browser Web Worker', () => {
  it('refuses an apiKey with the same message as on a page', () => {
    stubBrowserWorker()
    expect(typeof window).toBe('undefined')
    let error: unknown
    try {
      createOpenRouterClient({ apiKey: KEY })
    } catch (caught) {
      error = recordError(caught)
    }
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect(error).toBeInstanceOf(OpenRouterError)
    expect((error as Error).message).toMatch(/management key in a browser/)
    expect((error as Error).message).toContain('createKeysProxy')
    expect((error as Error).message).toContain('dangerouslyAllowBrowser')
  })

  it('refuses a key from the environment too', () => {
    stubBrowserWorker()
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', KEY)
    expect(() => createOpenRouterClient({ baseURL: '/api/openrouter' })).toThrow(OpenRouterError)
  })

  it('allows an apiKey with dangerouslyAllowBrowser: true', async () => {
    stubBrowserWorker()
    const seen: Request[] = []
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: 'http://127.0.0.1:9/api/v1',
      fetch: async (request) => {
        seen.push(request)
        return Response.json({ data: [] })
      },
      dangerouslyAllowBrowser: true,
    })
    await client.keys.list()
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`)
  })

  it('lets a client without a key talk to the app proxy, with no Authorization', async () => {
    stubBrowserWorker()
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', '')
    const seen: Request[] = []
    const client = createOpenRouterClient({
      baseURL: 'http://localhost:3000/api/openrouter',
      fetch: async (request) => {
        seen.push(request)
        return Response.json({ data: [{ hash: 'a' }] })
      },
    })
    expect((await client.keys.list()).data).toEqual([{ hash: 'a' }])
    expect(seen[0]?.headers.has('authorization')).toBe(false)
  })
})

describe('in worker scopes that run on a server', () => {
  it('allows an apiKey in a Deno worker (a WorkerGlobalScope without importScripts)', () => {
    vi.stubGlobal('WorkerGlobalScope', workerGlobalScope(true))
    expect(() => createOpenRouterClient({ apiKey: KEY })).not.toThrow()
  })

  it('allows an apiKey in a Cloudflare Worker (the class exists, the global is not one)', () => {
    vi.stubGlobal('WorkerGlobalScope', workerGlobalScope(false))
    vi.stubGlobal('importScripts', () => undefined)
    expect(() => createOpenRouterClient({ apiKey: KEY })).not.toThrow()
  })

  it('still asks for a key there when none is given', async () => {
    vi.stubGlobal('WorkerGlobalScope', workerGlobalScope(true))
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', '')
    const client = createOpenRouterClient({ baseURL: 'http://127.0.0.1:9/api/v1' })
    const error = await client.keys.list().then(
      () => null,
      (caught: unknown) => recordError(caught),
    )
    expect(InvalidRequestError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/Missing API key/)
  })
})

scanRecordsForKey()
