// End to end in Debian's Chromium: the built app, served by server.mjs, through createKeysProxy,
// against the mock. Chromium is a system package (no browser downloads here); if it is missing the
// suite fails with a message saying how to install it, never skips.
import { existsSync } from 'node:fs'
import { type Browser, chromium, type Page, type Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startDashboard } from '../server.mjs'

const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

let dashboard: Awaited<ReturnType<typeof startDashboard>> | undefined
let browser: Browser | undefined
let page: Page
/** Why setup failed; every test then fails with it (counted as failures, never as skips). */
let setupError: unknown
/** Every request the page made to its API route. */
const apiRequests: Request[] = []

function app() {
  if (setupError) throw setupError
  if (!dashboard) throw new Error('dashboard did not start')
  return dashboard
}

/** The rows on screen, read from the DOM: hash (data-hash), name, and status column. */
function visibleRows() {
  return page.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      hash: row.getAttribute('data-hash'),
      name: row.querySelector('td')?.textContent,
      status: row.querySelectorAll('td')[3]?.textContent,
    })),
  )
}

function expectedRows(includeDisabled: boolean, count: number) {
  return app()
    .mock.listKeys({ includeDisabled })
    .slice(0, count)
    .map((key) => ({
      hash: key.hash,
      name: key.name,
      status: key.disabled ? 'Disabled' : 'Active',
    }))
}

async function waitForRowCount(count: number) {
  await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, count)
}

beforeAll(async () => {
  try {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does this on CI).`,
      )
    }
    dashboard = await startDashboard({ port: 0, seed: 130, pageSize: 50 })
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    page = await browser.newPage()
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request)
    })
  } catch (error) {
    setupError = error
  }
})

afterAll(async () => {
  await browser?.close()
  await dashboard?.close()
})

describe('react dashboard in Chromium', () => {
  it('shows the first page of the mock keys', async () => {
    await page.goto(app().url)
    await waitForRowCount(50)
    expect(await visibleRows()).toEqual(expectedRows(false, 50))
    expect(await page.getByTestId('key-count').textContent()).toBe('Showing 50 keys')
  })

  it('includes disabled keys when the toggle is on', async () => {
    const expected = expectedRows(true, 50)
    // The seed must put a disabled key on the first page, or this test could not tell the lists apart.
    expect(expected.some((row) => row.status === 'Disabled')).toBe(true)

    await page.getByLabel('Include disabled keys').check()
    await page.waitForFunction(() =>
      [...document.querySelectorAll('tbody tr td:nth-child(4)')].some(
        (cell) => cell.textContent === 'Disabled',
      ),
    )
    expect(await visibleRows()).toEqual(expected)
  })

  it('loads more pages until every key is shown', async () => {
    const all = expectedRows(true, Number.POSITIVE_INFINITY)
    expect(all.length).toBeGreaterThan(expectedRows(false, Number.POSITIVE_INFINITY).length)

    await page.getByRole('button', { name: 'Load more' }).click()
    await waitForRowCount(100)
    expect(await visibleRows()).toEqual(all.slice(0, 100))

    const loadMore = page.getByRole('button', { name: 'Load more' })
    for (let shown = 100; shown < all.length; ) {
      shown = Math.min(shown + 50, all.length)
      await loadMore.click()
      await waitForRowCount(shown)
    }
    // The last page was not empty, so the list cannot know it is complete until one more request
    // returns an empty page; then the button goes away.
    await loadMore.click()
    await loadMore.waitFor({ state: 'detached' })
    expect(await visibleRows()).toEqual(all)
    expect(await page.getByTestId('key-count').textContent()).toBe(
      `Showing ${all.length} keys (all loaded)`,
    )
  })

  it('shows an error alert when the API fails, and recovers on retry', async () => {
    app().mock.enqueueFaults({ status: 401 })
    await page.getByRole('button', { name: 'Refresh' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Could not load keys (AuthenticationError)')
    expect(await alert.textContent()).toContain('HTTP 401')

    await alert.getByRole('button', { name: 'Try again' }).click()
    await alert.waitFor({ state: 'detached' })
    expect(await visibleRows()).toEqual(expectedRows(true, Number.POSITIVE_INFINITY))
  })

  it('never sends a key from the browser: only same-origin calls to the proxy route', async () => {
    const origin = new URL(app().url).origin
    expect(apiRequests.length).toBeGreaterThan(0)
    for (const request of apiRequests) {
      const url = new URL(request.url())
      expect(url.origin).toBe(origin)
      expect(url.pathname).toBe('/api/openrouter/keys')
      expect(await request.allHeaders()).not.toHaveProperty('authorization')
    }
    // The mock saw the proxy's requests, each with the server-side key (logged redacted).
    expect(app().mock.requests.at(-1)?.headers.authorization).toBe('Bearer ***')
  })
})
