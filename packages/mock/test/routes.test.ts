import { describe, expect, it } from 'vitest'
import { MOCK_MANAGEMENT_KEY } from '../src/index'
import { conformingBody } from './spec-validator'
import { AUTH, listKeys, openPerTest, TRANSPORTS } from './transports'

describe.each(TRANSPORTS)('routes, auth and CORS (%s)', (kind) => {
  const open = openPerTest(kind)

  it('answers a request without Authorization with the exact documented 401 body', async () => {
    const { transport } = await open()
    const response = await transport.request('/keys')
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.clone().text()).toBe(
      '{"error":{"code":401,"message":"Missing Authentication header"}}',
    )
    await conformingBody(response)
  })

  it('rejects an unknown bearer token with a 401 in the same shape, without echoing it', async () => {
    const { transport } = await open()
    const token = 'sk-or-v1-not-a-real-key-0123456789'
    for (const authorization of [`Bearer ${token}`, token, 'Bearer', `Basic ${token}`]) {
      const response = await transport.request('/keys', { headers: { authorization } })
      expect(response.status).toBe(401)
      const text = await response.clone().text()
      expect(text).not.toContain(token)
      const body = (await conformingBody(response)) as { error: { code: number } }
      expect(body.error.code).toBe(401)
    }
  })

  it('accepts only the configured management keys', async () => {
    const { transport } = await open({ managementKeys: ['sk-or-v1-team-key'] })
    expect((await listKeys(transport)).status).toBe(401)
    const ok = await transport.request('/keys', {
      headers: { authorization: 'Bearer sk-or-v1-team-key' },
    })
    expect(ok.status).toBe(200)
    await conformingBody(ok)
  })

  it('answers unknown paths with 404 in the error shape', async () => {
    const { transport } = await open()
    for (const path of ['/nope', '/keys/abc/extra', '/', '/keys/']) {
      const response = await transport.request(path, { headers: AUTH })
      expect(response.status).toBe(404)
      const body = (await conformingBody(response)) as { error: { code: number; message: string } }
      expect(body.error.code).toBe(404)
      expect(body.error.message).toContain(path)
    }
  })

  it.each([
    ['/keys', ['PUT', 'DELETE', 'PATCH'], 'GET, HEAD, POST, OPTIONS'],
    ['/keys/abc', ['POST', 'PUT'], 'GET, HEAD, PATCH, DELETE, OPTIONS'],
    ['/key', ['POST', 'DELETE'], 'GET, HEAD, OPTIONS'],
    ['/workspaces/default', ['PATCH', 'DELETE'], 'GET, HEAD, OPTIONS'],
  ])(
    'answers a wrong method on %s with 405, Allow and the error shape',
    async (path, methods, allow) => {
      const { transport } = await open()
      for (const method of methods) {
        const response = await transport.request(path, { method, headers: AUTH })
        expect(response.status).toBe(405)
        expect(response.headers.get('allow')).toBe(allow)
        const body = (await conformingBody(response)) as {
          error: { code: number; message: string }
        }
        expect(body.error).toMatchObject({ code: 405 })
        expect(body.error.message).toBe(`Method ${method} not allowed on /api/v1${path}`)
      }
    },
  )

  it('sends CORS headers and a unique x-request-id on every response', async () => {
    const { transport } = await open()
    const responses = [
      await listKeys(transport),
      await transport.request('/keys'),
      await transport.request('/missing'),
      await transport.request('/keys', { method: 'PUT' }),
    ]
    const ids = responses.map((response) => response.headers.get('x-request-id'))
    for (const response of responses) {
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-expose-headers')?.split(',')).toEqual([
        'x-request-id',
        'retry-after',
        'retry-after-ms',
      ])
    }
    expect(ids).toEqual(['req_1', 'req_2', 'req_3', 'req_4'])
  })

  it('answers a browser preflight with 204 and allows the Authorization header', async () => {
    const { transport } = await open()
    const response = await transport.request('/keys', {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization,content-type',
      },
    })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('access-control-allow-methods')).toContain('GET')
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization')
  })

  it('answers HEAD like GET without a body', async () => {
    const { transport } = await open()
    const response = await transport.request('/keys', { method: 'HEAD', headers: AUTH })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
  })

  it('never puts the management key in a response or the request log', async () => {
    const { mock, transport } = await open()
    const response = await listKeys(transport)
    expect(await response.text()).not.toContain(MOCK_MANAGEMENT_KEY)
    expect(JSON.stringify([...response.headers])).not.toContain(MOCK_MANAGEMENT_KEY)
    expect(JSON.stringify(mock.requests)).not.toContain(MOCK_MANAGEMENT_KEY)
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer ***')
  })
})
