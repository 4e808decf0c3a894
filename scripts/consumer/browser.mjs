// Chromium (Debian's, driven by playwright-core): the same page and module Web Worker bundled by
// Vite and by esbuild, served from 127.0.0.1, talking to the mock on another port (it sends CORS
// headers). Each bundle must refuse the management key on the page and in the worker, pass the
// client scenario with dangerouslyAllowBrowser, and get a 401 without a key.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium.mjs'
import { tool } from './binaries.mjs'
import { BAD_WORKSPACE_ID } from './fixtures/shared/bad-input.mjs'
import { copyFixture, startInstalledMock } from './project.mjs'
import { run } from './runner.mjs'
import { serveFolder } from './static-server.mjs'

/** How long a page may take to load its bundle and define window.runConsumerChecks. */
const PAGE_READY_MS = 15_000

/** Vite's warning when a dependency imports a Node built-in. */
const EXTERNALIZED = 'has been externalized for browser compatibility'

const bundlers = {
  async vite(dir) {
    // vite.config.mjs (in the fixture) writes dist-vite/ and bundles the worker as an ES module.
    const output = await run(process.execPath, [tool('vite', 'bin/vite.js'), 'build'], {
      cwd: dir,
      allOutput: true,
    })
    // Vite swaps a Node built-in for an empty stub and only warns; the code fails once it is used.
    const externalized = output.split('\n').filter((line) => line.includes(EXTERNALIZED))
    if (externalized.length) throw new Error([...new Set(externalized)].join('\n'))
    return 'dist-vite'
  },
  async esbuild(dir) {
    // The worker is its own entry point: esbuild keeps `new URL('./worker.js', import.meta.url)`.
    await run(
      tool('esbuild', 'bin/esbuild'),
      [
        'page.js',
        'worker.js',
        '--bundle',
        '--format=esm',
        '--platform=browser',
        '--outdir=dist-esbuild',
        '--log-level=warning',
      ],
      { cwd: dir },
    )
    copyFileSync(join(dir, 'index.html'), join(dir, 'dist-esbuild/index.html'))
    return 'dist-esbuild'
  },
}

/** Loads the page and runs the checks; page errors and console errors explain a failure. */
async function runInPage(browser, url, settings) {
  const page = await browser.newPage()
  const problems = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  // Chromium logs every non-2xx response as a console error; the responses themselves are
  // listed below, without the scenario's own 401s and the favicon.
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' && !text.startsWith('Failed to load resource'))
      problems.push(`console: ${text}`)
  })
  page.on('response', (response) => {
    const expected = response.status() === 401 || response.url().endsWith('/favicon.ico')
    if (response.status() >= 400 && !expected)
      problems.push(`${response.status()} ${response.url()}`)
  })
  try {
    await page.goto(url)
    await page
      .waitForFunction(() => typeof window.runConsumerChecks === 'function', null, {
        timeout: PAGE_READY_MS,
      })
      .catch(() => {
        throw new Error(`the page never defined runConsumerChecks\n${problems.join('\n')}`)
      })
    return await page.evaluate((input) => window.runConsumerChecks(input), settings)
  } catch (error) {
    const detail = problems.length ? `\n${problems.join('\n')}` : ''
    throw new Error(`${error instanceof Error ? error.message : error}${detail}`)
  } finally {
    await page.close()
  }
}

export async function browserJob({ project, check }) {
  const dir = copyFixture('browser', join(project, 'browser'))
  mkdirSync(join(dir, 'dist-esbuild'), { recursive: true })
  const built = []
  for (const [name, bundle] of Object.entries(bundlers)) {
    await check(`Chromium: ${name} bundles the page and the module worker`, async () => {
      const outDir = await bundle(dir)
      built.push({ name, outDir })
      return `${outDir}/`
    })
  }
  if (built.length === 0) return

  const mock = await startInstalledMock(project)
  const site = await serveFolder(dir)
  let browser
  try {
    const launched = await check(`Chromium: launch ${CHROMIUM}`, async () => {
      if (!existsSync(CHROMIUM))
        throw new Error(`install Debian's chromium package (scripts/ensure-chromium.sh does)`)
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      return browser.version()
    })
    if (!launched) return
    for (const { name, outDir } of built) {
      await check(`Chromium: ${name} bundle, on the page and in a module Web Worker`, async () => {
        const result = await runInPage(browser, `${site.origin}/${outDir}/`, mock.settings)
        mock.assertNeverSent(BAD_WORKSPACE_ID)
        return JSON.stringify(result)
      })
    }
  } finally {
    await browser?.close()
    await site.close()
    await mock.close()
  }
}
