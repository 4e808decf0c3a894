// End to end in Debian's Chromium: the built app, served by server.mjs, through
// createManagementProxy, against the mock. The listing side: pages, filters, workspaces, credits,
// errors. Creating, changing and deleting a key is in key-lifecycle.test.ts.
import { MOCK_MANAGEMENT_KEY, OTHER_WORKSPACE_ID } from '@openrouter-kit/mock'
import { describe, expect, it } from 'vitest'
import { DASHBOARD_OPERATIONS } from '../api.mjs'
import { browserRequestsProblems, dashboardInChromium, operationOf } from './browser-session'

const session = dashboardInChromium({ seed: 130, pageSize: 50 })
const app = () => session().dashboard
const page = () => session().page

/** The rows on screen, read from the DOM: hash (data-hash), name, and status column. */
function visibleRows() {
  return page()
    .locator('tbody tr')
    .evaluateAll((rows) =>
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
  await page().waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, count)
}

describe('react dashboard in Chromium', () => {
  it('shows the first page of the mock keys', async () => {
    await page().goto(app().url)
    await waitForRowCount(50)
    expect(await visibleRows()).toEqual(expectedRows(false, 50))
    expect(await page().getByTestId('key-count').textContent()).toBe('Showing 50 keys')
  })

  it('includes disabled keys when the toggle is on', async () => {
    const expected = expectedRows(true, 50)
    // The seed must put a disabled key on the first page, or this test could not tell the lists apart.
    expect(expected.some((row) => row.status === 'Disabled')).toBe(true)

    await page().getByLabel('Include disabled keys').check()
    await page().waitForFunction(() =>
      [...document.querySelectorAll('tbody tr td:nth-child(4)')].some(
        (cell) => cell.textContent === 'Disabled',
      ),
    )
    expect(await visibleRows()).toEqual(expected)
  })

  it('loads more pages until every key is shown', async () => {
    const all = expectedRows(true, Number.POSITIVE_INFINITY)
    expect(all.length).toBeGreaterThan(expectedRows(false, Number.POSITIVE_INFINITY).length)

    await page().getByRole('button', { name: 'Load more' }).click()
    await waitForRowCount(100)
    expect(await visibleRows()).toEqual(all.slice(0, 100))

    const loadMore = page().getByRole('button', { name: 'Load more' })
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
    expect(await page().getByTestId('key-count').textContent()).toBe(
      `Showing ${all.length} keys (all loaded)`,
    )
  })

  it('shows an error alert when the API fails, and recovers on retry', async () => {
    app().mock.enqueueFaults({ status: 401 })
    await page().getByRole('button', { name: 'Refresh' }).click()
    const alert = page().getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('Could not load keys (AuthenticationError)')
    expect(await alert.textContent()).toContain('HTTP 401')

    await alert.getByRole('button', { name: 'Try again' }).click()
    await alert.waitFor({ state: 'detached' })
    expect(await visibleRows()).toEqual(expectedRows(true, Number.POSITIVE_INFINITY))
  })

  it('shows the credits of the account in the header', async () => {
    const response = await app().mock.fetch('http://mock/api/v1/credits', {
      headers: { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` },
    })
    const { data } = (await response.json()) as {
      data: { total_credits: number; total_usage: number }
    }
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })
    expect(await page().getByTestId('credits').textContent()).toBe(
      `${money.format(data.total_credits - data.total_usage)} credits left (${money.format(data.total_usage)} used of ${money.format(data.total_credits)})`,
    )
  })

  it('shows one workspace, then every workspace, from the picker', async () => {
    const picker = page().getByLabel('Workspace')
    const production = app().mock.listKeys({
      workspaceId: OTHER_WORKSPACE_ID,
      includeDisabled: true,
    })
    expect(production.length).toBeGreaterThan(0)
    await picker.selectOption({ label: 'Production' })
    await page().waitForFunction(
      (hash) => document.querySelector(`tbody tr[data-hash="${hash}"]`) !== null,
      production[0]?.hash,
    )
    await waitForRowCount(production.length)
    expect(await visibleRows()).toEqual(
      production.map((key) => ({
        hash: key.hash,
        name: key.name,
        status: key.disabled ? 'Disabled' : 'Active',
      })),
    )

    const everyKey = app()
      .mock.listWorkspaces()
      .flatMap((workspace) =>
        app().mock.listKeys({ workspaceId: workspace.id, includeDisabled: true }),
      )
    await picker.selectOption({ label: 'All workspaces' })
    await waitForRowCount(everyKey.length)
    const byHash = (a: { hash: string | null }, b: { hash: string | null }) =>
      String(a.hash).localeCompare(String(b.hash))
    // Each key once: the same set of hashes as the mock holds, sorted because the inventory
    // fetches workspaces concurrently.
    expect((await visibleRows()).sort(byHash)).toEqual(
      everyKey
        .map((key) => ({
          hash: key.hash,
          name: key.name,
          status: key.disabled ? 'Disabled' : 'Active',
        }))
        .sort(byHash),
    )
    const workspaceCount = app().mock.listWorkspaces().length
    expect(await page().getByTestId('key-count').textContent()).toBe(
      `Showing ${everyKey.length} keys in ${workspaceCount} workspaces (all loaded)`,
    )
    const productionRow = page().locator(`tbody tr[data-hash="${production[0]?.hash}"] td`).nth(7)
    expect(await productionRow.textContent()).toBe('Production')
  })

  it('never sends a key from the browser, and uses only operations the proxy allows', async () => {
    const { apiRequests } = session()
    expect(apiRequests.length).toBeGreaterThan(0)
    expect(await browserRequestsProblems(session(), [MOCK_MANAGEMENT_KEY])).toEqual([])
    const used = new Set(apiRequests.map(operationOf))
    // The listing view: keys, the workspace picker, the credits header.
    expect([...used].sort()).toEqual(['getCredits', 'listApiKeys', 'listWorkspaces'])
    for (const operation of used) expect(DASHBOARD_OPERATIONS).toContain(operation)
    // The mock saw the proxy's requests, each with the server-side key (logged redacted).
    expect(app().mock.requests.at(-1)?.headers.authorization).toBe('Bearer ***')
  })
})
