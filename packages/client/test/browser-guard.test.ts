// @vitest-environment happy-dom
// The browser guard, in a DOM test environment (window and document exist).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createOpenRouterClient, OpenRouterError } from '../src/index'
import { KEY, recordError, scanRecordsForKey } from './harness'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('in a browser', () => {
  it('refuses an apiKey and points to the proxy', () => {
    expect(typeof window).toBe('object')
    let error: unknown
    try {
      createOpenRouterClient({ apiKey: KEY })
    } catch (e) {
      error = recordError(e)
    }
    expect(OpenRouterError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/management key in a browser/)
    expect((error as Error).message).toContain('createKeysProxy')
    expect((error as Error).message).toContain('dangerouslyAllowBrowser')
  })

  it('refuses a key from the environment too', () => {
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', KEY)
    expect(() => createOpenRouterClient({ baseURL: '/api/openrouter' })).toThrow(OpenRouterError)
  })

  it('allows an apiKey with dangerouslyAllowBrowser: true', async () => {
    const seen: Request[] = []
    const fetch = async (request: Request) => {
      seen.push(request)
      return Response.json({ data: [] })
    }
    const client = createOpenRouterClient({
      apiKey: KEY,
      baseURL: 'http://127.0.0.1:9/api/v1',
      fetch,
      dangerouslyAllowBrowser: true,
    })
    await client.keys.list()
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${KEY}`)
  })

  it('allows a client without a key (it talks to the app proxy) and sends no Authorization', async () => {
    vi.stubEnv('OPENROUTER_MANAGEMENT_KEY', '')
    const seen: Request[] = []
    const fetch = async (request: Request) => {
      seen.push(request)
      return Response.json({ data: [{ hash: 'a' }] })
    }
    const client = createOpenRouterClient({
      baseURL: 'http://localhost:3000/api/openrouter',
      fetch,
    })
    expect((await client.keys.list({ offset: 0 })).data).toEqual([{ hash: 'a' }])
    expect(seen[0]?.url).toBe('http://localhost:3000/api/openrouter/keys?offset=0')
    expect(seen[0]?.headers.has('authorization')).toBe(false)
  })
})

scanRecordsForKey()
