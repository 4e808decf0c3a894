// The API route without a browser: the proxy answers only same-origin requests, only for the
// operations the dashboard uses, and forwards them to the mock with the server's key.
import { DEFAULT_WORKSPACE_ID } from '@openrouter-kit/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { API_ROUTE, DASHBOARD_OPERATIONS } from '../api.mjs'
import { startDashboard } from '../server.mjs'

let dashboard: Awaited<ReturnType<typeof startDashboard>>

beforeAll(async () => {
  dashboard = await startDashboard({ port: 0, seed: 130, pageSize: 50 })
})
afterAll(async () => {
  await dashboard?.close()
})

describe('server.mjs', () => {
  it('serves the built app', async () => {
    const res = await fetch(dashboard.url)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<div id="root"></div>')
  })

  it('forwards same-origin requests to the mock, with paging and filters', async () => {
    const res = await fetch(
      `${dashboard.url}/api/openrouter/keys?include_disabled=true&offset=50`,
      {
        headers: { 'sec-fetch-site': 'same-origin' },
      },
    )
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data: Array<{ hash: string }> }
    expect(body.data.map((key) => key.hash)).toEqual(
      dashboard.mock
        .listKeys({ includeDisabled: true })
        .slice(50, 100)
        .map((key) => key.hash),
    )
  })

  it('refuses cross-site requests and requests that say nothing about their origin', async () => {
    const before = dashboard.mock.requests.length
    const crossSite = await fetch(`${dashboard.url}/api/openrouter/keys`, {
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    })
    expect(crossSite.status).toBe(403)
    const anonymous = await fetch(`${dashboard.url}/api/openrouter/keys`)
    expect(anonymous.status).toBe(403)
    expect(dashboard.mock.requests.length).toBe(before)
  })

  it('forwards exactly the operations the dashboard uses', () => {
    expect([...DASHBOARD_OPERATIONS].sort()).toEqual([
      'createApiKey',
      'deleteApiKey',
      'getApiKey',
      'getCredits',
      'listApiKeys',
      'listWorkspaces',
      'updateApiKey',
    ])
  })

  it.each([
    ['GET', '/key', 'the current key'],
    ['GET', '/activity', 'activity'],
    ['GET', `/workspaces/${DEFAULT_WORKSPACE_ID}`, 'one workspace'],
    ['POST', '/keys/abc/rotate', 'rotation'],
  ])(
    'answers %s %s (%s) 404 in OpenRouter error shape, forwarding nothing',
    async (method, path) => {
      const before = dashboard.mock.requests.length
      const res = await fetch(`${dashboard.url}${API_ROUTE}${path}`, {
        method,
        headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
        body: method === 'POST' ? '{}' : undefined,
      })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({
        error: { code: 404, message: expect.stringContaining('Not Found') },
      })
      expect(dashboard.mock.requests.length).toBe(before)
    },
  )

  it('creates through the proxy with no-store, and refuses a cross-site delete', async () => {
    const created = await fetch(`${dashboard.url}${API_ROUTE}/keys`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'server test key' }),
    })
    expect(created.status).toBe(201)
    expect(created.headers.get('cache-control')).toBe('no-store')
    const { data } = (await created.json()) as { data: { hash: string } }

    const before = dashboard.mock.requests.length
    const crossSite = await fetch(`${dashboard.url}${API_ROUTE}/keys/${data.hash}`, {
      method: 'DELETE',
      headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
    })
    expect(crossSite.status).toBe(403)
    expect(dashboard.mock.requests.length).toBe(before)
    expect(dashboard.mock.getKey(data.hash)).toBeDefined()
  })

  it('refuses a bad value before forwarding it, naming it', async () => {
    const before = dashboard.mock.requests.length
    const res = await fetch(`${dashboard.url}${API_ROUTE}/keys`, {
      method: 'POST',
      headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'negative', limit: -5 }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('limit')
    expect(dashboard.mock.requests.length).toBe(before)
  })
})
