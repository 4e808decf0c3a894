// The API route without a browser: the proxy answers only same-origin requests and forwards them
// to the mock with the server's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
})
