// @vitest-environment happy-dom
// Rotation through the management proxy: a browser client without a key sends one request,
// `POST …/keys/{hash}/rotate`; the server creates the successor and retires the old key with
// the management key. What a failed rotation leaves behind reaches the browser as the same typed
// error a server would raise, the new secret included.
import { describe, expect, it } from 'vitest'
import { createOpenRouterClient, RotationError } from '../src/index'
import { createManagementProxy } from '../src/server/index'
import { caught, KEY, record, scanRecordsForKey, secret, startMock } from './harness'

const APP = 'https://app.example/api/openrouter'

async function setup(operations: Parameters<typeof createManagementProxy>[0]['operations']) {
  const { mock, url } = await startMock()
  const authorized: string[] = []
  const proxy = createManagementProxy({
    apiKey: KEY,
    baseURL: url,
    operations,
    authorize: (_request, { operation }) => {
      authorized.push(operation)
      return true
    },
  })
  const browserRequests: Request[] = []
  const responses: Response[] = []
  // The browser's client: no key, the app's proxy as its base URL.
  const browser = createOpenRouterClient({
    baseURL: APP,
    fetch: async (request) => {
      browserRequests.push(request.clone())
      const response = await proxy(request)
      responses.push(response.clone())
      return response
    },
  })
  return { mock, browser, browserRequests, responses, authorized }
}

describe('rotation through the proxy', () => {
  it('is one browser request; the successor exists, the old key is retired; no-store', async () => {
    const { mock, browser, browserRequests, responses, authorized } = await setup(['rotateApiKey'])
    const old = mock.addKey({ name: 'frontend', limit: 3 })
    const rotated = await browser.keys.rotate(old.hash, { retire: 'disable' })
    secret(rotated.key)
    expect(
      browserRequests.map((request) => `${request.method} ${new URL(request.url).pathname}`),
    ).toEqual([`POST /api/openrouter/keys/${old.hash}/rotate`])
    expect(browserRequests[0]?.headers.get('authorization')).toBeNull()
    expect(await browserRequests[0]?.json()).toEqual({ retire: 'disable' })
    expect(authorized).toEqual(['rotateApiKey'])
    expect(responses[0]?.status).toBe(201)
    expect(responses[0]?.headers.get('cache-control')).toBe('no-store')
    expect(rotated.key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    expect(rotated.data).toMatchObject({ name: 'frontend', limit: 3 })
    expect(rotated.previous).toMatchObject({ hash: old.hash, disabled: true })
    expect(
      mock.listKeys({ includeDisabled: true }).find((key) => key.hash === old.hash)?.disabled,
    ).toBe(true)
    // Upstream, the server did the read, the create and the retire.
    // Upstream, the server did the read, the create and the retire (the DOM test environment's
    // fetch adds CORS preflights, left out here).
    const upstream = mock.requests.filter((request) => request.method !== 'OPTIONS')
    expect(upstream.map((request) => request.operation)).toEqual([
      'getApiKey',
      'createApiKey',
      'updateApiKey',
    ])
  })

  it('a retire that fails reaches the browser as RotationError with the new secret', async () => {
    const { mock, browser, responses } = await setup(['rotateApiKey'])
    const old = mock.addKey({ name: 'frontend' })
    mock.enqueueFaults({ operation: 'deleteApiKey', status: 500 })
    const error = (await caught(
      browser.keys.rotate(old.hash, { retire: 'delete' }),
    )) as RotationError
    expect(RotationError.isInstance(error)).toBe(true)
    const newSecret = secret(error.created.key)
    expect(newSecret).toMatch(/^sk-or-v1-[0-9a-f]{64}$/)
    expect(mock.listKeys().some((key) => key.hash === error.created.data.hash)).toBe(true)
    expect(error.previous.hash).toBe(old.hash)
    expect(responses[0]?.status).toBe(502)
    expect(responses[0]?.headers.get('cache-control')).toBe('no-store')
    expect(error.message).not.toContain(newSecret)
  })

  it('an unlisted rotation is a 404, and a bad override is a 400 before anything upstream', async () => {
    const notListed = await setup(['getApiKey'])
    const key = notListed.mock.addKey({ name: 'x' })
    const missing = await caught(notListed.browser.keys.rotate(key.hash))
    expect((missing as { status?: number }).status).toBe(404)
    const listed = await setup(['rotateApiKey'])
    const other = listed.mock.addKey({ name: 'y' })
    const response = await createManagementProxy({
      apiKey: KEY,
      baseURL: 'http://127.0.0.1:9/api/v1',
      operations: ['rotateApiKey'],
      authorize: () => true,
    })(
      new Request(`${APP}/keys/${other.hash}/rotate`, {
        method: 'POST',
        body: JSON.stringify({ limit: -5 }),
      }),
    )
    expect(response.status).toBe(400)
    const body = await response.json()
    record(JSON.stringify(body))
    expect(body.error.message).toBe('Invalid limit: received -5, expected a number >= 0 or null')
  })
})

scanRecordsForKey()
