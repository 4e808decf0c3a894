// Helpers for the temporary consumer projects: copy a fixture folder into one, load a package as
// the project installed it, start the installed mock for a runtime that cannot start it itself, and
// a cache folder that outlives the run.
import { cpSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures')

/**
 * Copies fixtures/<name> and (unless `shared: false`) fixtures/shared into `destination`; returns
 * `destination`.
 */
export function copyFixture(name, destination, { shared = true } = {}) {
  mkdirSync(destination, { recursive: true })
  cpSync(join(fixturesDir, name), destination, { recursive: true })
  if (shared) cpSync(join(fixturesDir, 'shared'), destination, { recursive: true })
  return destination
}

/** import() `specifier` the way code in `project` resolves it (the installed tarball). */
export function importFromProject(project, specifier) {
  const resolved = createRequire(join(project, 'package.json')).resolve(specifier)
  return import(pathToFileURL(resolved).href)
}

export const PAGE_SIZE = 3

/**
 * Starts the installed mock on 127.0.0.1 (a random port) with 7 keys, 3 per page, and returns what
 * the scenarios expect from it. `managementKey` replaces the mock's default key (so that a search
 * for it cannot match the mock's own source). `close()` must be awaited.
 */
export async function startInstalledMock(project, { managementKey } = {}) {
  const { createMockServer, MOCK_MANAGEMENT_KEY } = await importFromProject(
    project,
    '@openrouter-kit/mock',
  )
  const apiKey = managementKey ?? MOCK_MANAGEMENT_KEY
  const mock = createMockServer({ seed: 7, pageSize: PAGE_SIZE, managementKeys: [apiKey] })
  const server = await mock.listen({ port: 0, host: '127.0.0.1' })
  const allKeys = mock.listKeys().map((key) => key.hash)
  return {
    mock,
    url: server.url,
    close: () => server.close(),
    /** Settings for clientScenario (fixtures/shared/client-scenario.mjs). */
    settings: {
      baseURL: server.url,
      apiKey,
      firstPage: allKeys.slice(0, PAGE_SIZE),
      allKeys,
    },
    secondPage: allKeys.slice(PAGE_SIZE, 2 * PAGE_SIZE),
    /** Throws unless every request the mock received was a GET (a proxy only reads). */
    assertOnlyGets() {
      const others = mock.requests.filter((request) => request.method !== 'GET')
      if (others.length) throw new Error(`the mock received ${others.map((r) => r.method)}`)
    },
    /** Throws if any request the mock received carried `text` (a value the client must refuse). */
    assertNeverSent(text) {
      if (JSON.stringify(mock.requests).includes(text))
        throw new Error(`the mock received "${text}": the request was sent`)
    },
  }
}

/**
 * A folder for downloads worth keeping between runs (e.g. Bun's package cache), under the OS temp
 * folder and keyed by tool and version by the caller. An empty or missing one is always fine.
 */
export function cacheDir(name) {
  const dir = join(tmpdir(), 'openrouter-kit-consumer-cache', name)
  mkdirSync(dir, { recursive: true })
  return dir
}
