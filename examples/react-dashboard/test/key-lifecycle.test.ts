// A key's life in the dashboard, in Debian's Chromium against the mock behind
// createManagementProxy: create it and see its secret once (and copy it), disable it with the row
// changing before the server answers, watch a refused change roll back, edit its limit, and
// delete it through the confirm dialog. Then: what the browser sent, and what it kept.
import { createHash } from 'node:crypto'
import { MOCK_MANAGEMENT_KEY } from '@openrouter-kit/mock'
import { describe, expect, it } from 'vitest'
import { DASHBOARD_OPERATIONS } from '../api.mjs'
import { browserRequestsProblems, dashboardInChromium, operationOf } from './browser-session'

const NEW_KEY_NAME = 'Lifecycle test key'
/** Long enough to read "Disabled" in the row while the mock holds the PATCH back. */
const HELD_RESPONSE_MS = 1_500
/** How long a held request may take to be answered and applied, on a busy machine. */
const SETTLE_TIMEOUT_MS = 10_000

const session = dashboardInChromium(
  { seed: 12, pageSize: 50 },
  { permissions: ['clipboard-read', 'clipboard-write'] },
)
const app = () => session().dashboard
const page = () => session().page

/** Filled by the create test: the key the rest of the file works on. */
let created: { hash: string; secret: string } | undefined
function createdKey() {
  if (!created) throw new Error('the create test did not run or failed')
  return created
}

const rowOf = (hash: string) => page().locator(`tbody tr[data-hash="${hash}"]`)
const statusOf = (hash: string) => rowOf(hash).locator('td').nth(3).textContent()

async function waitForStatus(hash: string, status: string) {
  await page().waitForFunction(
    ({ hash, status }) =>
      document.querySelector(`tbody tr[data-hash="${hash}"] td:nth-child(4)`)?.textContent ===
      status,
    { hash, status },
  )
}

describe('a key from create to delete, in Chromium', () => {
  it('creates a key and shows its secret once, with a copy button', async () => {
    await page().goto(app().url)
    await page().getByLabel('Include disabled keys').check()
    await page().getByRole('button', { name: 'Create key' }).click()
    const dialog = page().getByRole('dialog', { name: 'Create a key' })
    await dialog.getByLabel('Name').fill(NEW_KEY_NAME)
    await dialog.getByLabel(/Spending limit/).fill('25')

    // Status and headers only: Chromium does not keep a `no-store` body for the test to read.
    const createResponse = page().waitForResponse(
      (response) => response.request().method() === 'POST',
    )
    await dialog.getByRole('button', { name: 'Create key' }).click()
    const response = await createResponse
    expect(response.status()).toBe(201)
    // The proxy marks a body with a secret in it as never to be stored by a cache on the way.
    expect(response.headers()['cache-control']).toBe('no-store')

    const shown = page().getByRole('dialog', { name: `Key “${NEW_KEY_NAME}” created` })
    await shown.waitFor()
    const secret = String(await shown.getByTestId('new-key-secret').textContent())
    // The mock made the key: its hash is the SHA-256 of the secret the dialog shows.
    const newKey = app()
      .mock.listKeys({ includeDisabled: true })
      .find((key) => key.name === NEW_KEY_NAME)
    expect(newKey?.limit).toBe(25)
    const hash = String(newKey?.hash)
    expect(createHash('sha256').update(secret).digest('hex')).toBe(hash)
    created = { hash, secret }
    expect(await shown.textContent()).toContain('you will not see it again')

    await shown.getByRole('button', { name: 'Copy' }).click()
    await shown.getByText('Copied to the clipboard.').waitFor()
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(secret)

    await shown.getByRole('button', { name: 'Done' }).click()
    await shown.waitFor({ state: 'detached' })
    // The new key is listed (newest first), and its secret is nowhere on the page any more.
    await waitForStatus(hash, 'Active')
    expect(await page().locator('tbody tr').first().getAttribute('data-hash')).toBe(hash)
    expect(await page().content()).not.toContain(secret)
    expect(app().mock.getKey(hash)?.name).toBe(NEW_KEY_NAME)
  })

  it('does not show the secret again: the key detail has no secret', async () => {
    const { hash, secret } = createdKey()
    await rowOf(hash).getByRole('button', { name: NEW_KEY_NAME, exact: true }).click()
    const detail = page().getByRole('complementary', { name: 'Key details' })
    await detail.getByRole('heading', { name: NEW_KEY_NAME }).waitFor()
    expect(await detail.textContent()).toContain(hash)
    expect(await page().content()).not.toContain(secret)
  })

  it('disables the key at once, before the server answers', async () => {
    const { hash } = createdKey()
    app().mock.enqueueFaults({ operation: 'updateApiKey', delayMs: HELD_RESPONSE_MS })
    await rowOf(hash)
      .getByRole('button', { name: `Disable ${NEW_KEY_NAME}` })
      .click()
    // The PATCH is parked in the mock, and the row and the detail already say Disabled.
    await expect.poll(() => app().mock.inFlight).toBe(1)
    expect(await statusOf(hash)).toBe('Disabled')
    expect(await page().getByTestId('detail-status').textContent()).toBe('Disabled')
    expect(app().mock.getKey(hash)?.disabled).toBe(false)

    await expect
      .poll(() => app().mock.getKey(hash)?.disabled, { timeout: SETTLE_TIMEOUT_MS })
      .toBe(true)
    await expect.poll(() => app().mock.inFlight, { timeout: SETTLE_TIMEOUT_MS }).toBe(0)
    expect(await statusOf(hash)).toBe('Disabled')
  })

  it('puts the row back when the server refuses the change', async () => {
    const { hash } = createdKey()
    // A 403 is not retried, so the first answer is the last.
    app().mock.enqueueFaults({ operation: 'updateApiKey', status: 403, delayMs: HELD_RESPONSE_MS })
    await rowOf(hash)
      .getByRole('button', { name: `Enable ${NEW_KEY_NAME}` })
      .click()
    await expect.poll(() => app().mock.inFlight).toBe(1)
    expect(await statusOf(hash)).toBe('Active')

    const alert = rowOf(hash).getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(`Could not enable ${NEW_KEY_NAME}`)
    expect(await alert.textContent()).toContain('HTTP 403')
    expect(await statusOf(hash)).toBe('Disabled')
    expect(app().mock.getKey(hash)?.disabled).toBe(true)
  })

  it('edits the limit from the detail', async () => {
    const { hash } = createdKey()
    const detail = page().getByRole('complementary', { name: 'Key details' })
    await detail.getByLabel(/Spending limit/).fill('40')
    await detail.getByRole('button', { name: 'Save limit' }).click()
    await detail.getByText('Saved.').waitFor()
    expect(app().mock.getKey(hash)?.limit).toBe(40)
    expect(await detail.getByTestId('detail-limit').textContent()).toContain('of $40.00')
    expect(await rowOf(hash).locator('td').nth(5).textContent()).toContain('of $40.00')
  })

  it('deletes only after the confirm dialog says so', async () => {
    const { hash } = createdKey()
    const detail = page().getByRole('complementary', { name: 'Key details' })
    const confirm = page().getByRole('dialog', { name: `Delete “${NEW_KEY_NAME}”?` })

    await detail.getByRole('button', { name: 'Delete key' }).click()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await confirm.waitFor({ state: 'detached' })
    expect(app().mock.getKey(hash)).toBeDefined()

    await detail.getByRole('button', { name: 'Delete key' }).click()
    expect(await confirm.textContent()).toContain('This cannot be undone')
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
    await confirm.waitFor({ state: 'detached' })
    await detail.waitFor({ state: 'detached' })
    await rowOf(hash).waitFor({ state: 'detached' })
    expect(app().mock.getKey(hash)).toBeUndefined()
  })

  it('sent no key from the browser, kept no secret, and used only allowed operations', async () => {
    const { secret } = createdKey()
    const { apiRequests } = session()
    expect(await browserRequestsProblems(session(), [MOCK_MANAGEMENT_KEY, secret])).toEqual([])
    const used = new Set(apiRequests.map(operationOf))
    // Together with dashboard.test.ts (listings, workspaces, credits) this is the whole allowlist.
    for (const operation of ['createApiKey', 'getApiKey', 'updateApiKey', 'deleteApiKey']) {
      expect(used).toContain(operation)
    }
    for (const operation of used) expect(DASHBOARD_OPERATIONS).toContain(operation)
    const stored = await page().evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
    )
    expect(stored).not.toContain(secret)
    expect(await page().content()).not.toContain(secret)
  })
})
