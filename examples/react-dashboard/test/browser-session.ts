// One Chromium page on a freshly started dashboard, for a test file: Debian's Chromium through
// playwright-core (no browser download). If Chromium is missing or setup fails, every test of the
// file fails with the reason (counted as failures, never as skips).
import { existsSync } from 'node:fs'
import { allOperations } from '@openrouter-kit/types/operations'
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Page,
  type Request,
} from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { CHROMIUM, CHROMIUM_ARGS, chromiumMissingMessage } from '../../../scripts/chromium.mjs'
import { API_ROUTE } from '../api.mjs'
import { type DashboardOptions, startDashboard } from '../server.mjs'

export interface BrowserSession {
  dashboard: Awaited<ReturnType<typeof startDashboard>>
  page: Page
  /** Every request the page made to the app's API route, in order. */
  apiRequests: Request[]
}

/**
 * Starts the dashboard and a page before the file's tests and closes both after them. Returns a
 * getter: it throws the setup error, if there was one, so each test fails with it.
 */
export function dashboardInChromium(
  dashboardOptions: DashboardOptions,
  contextOptions: BrowserContextOptions = {},
): () => BrowserSession {
  let session: BrowserSession | undefined
  let browser: Browser | undefined
  let setupError: unknown

  beforeAll(async () => {
    try {
      if (!existsSync(CHROMIUM)) {
        throw new Error(chromiumMissingMessage())
      }
      const dashboard = await startDashboard({ port: 0, ...dashboardOptions })
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      const context = await browser.newContext(contextOptions)
      const page = await context.newPage()
      const apiRequests: Request[] = []
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith(`${API_ROUTE}/`)) apiRequests.push(request)
      })
      session = { dashboard, page, apiRequests }
    } catch (error) {
      setupError = error
    }
  })

  afterAll(async () => {
    await browser?.close()
    await session?.dashboard.close()
  })

  return () => {
    if (setupError) throw setupError
    if (!session) throw new Error('the browser session did not start')
    return session
  }
}

/** Which operation of the spec a request to the API route is, by method and path template. */
export function operationOf(request: Request): string {
  const path = new URL(request.url()).pathname.slice(API_ROUTE.length)
  const segments = path.split('/')
  const operation = allOperations.find((candidate) => {
    const template = candidate.path.split('/')
    return (
      candidate.method === request.method() &&
      template.length === segments.length &&
      template.every((part, index) => part.startsWith('{') || part === segments[index])
    )
  })
  return operation?.id ?? `unknown: ${request.method()} ${path}`
}

/**
 * What every test file checks last: the browser only called its own origin's API route, never
 * with an Authorization header (nor a key anywhere in the URL), and only for these operations.
 */
export async function browserRequestsProblems(
  { dashboard, apiRequests }: BrowserSession,
  secrets: readonly string[],
): Promise<string[]> {
  const origin = new URL(dashboard.url).origin
  const problems: string[] = []
  for (const request of apiRequests) {
    const url = request.url()
    if (new URL(url).origin !== origin) problems.push(`${url}: not same-origin`)
    const headers = await request.allHeaders()
    if ('authorization' in headers) problems.push(`${url}: sent an Authorization header`)
    for (const secret of secrets) {
      if (url.includes(secret) || JSON.stringify(headers).includes(secret)) {
        problems.push(`${url}: carried a secret`)
      }
    }
  }
  return problems
}
