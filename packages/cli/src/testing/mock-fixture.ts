import {
  createMockServer,
  MOCK_MANAGEMENT_KEY,
  type MockListener,
  type MockServer,
  type MockServerOptions,
} from '@openrouter-kit/mock'
import { afterEach } from 'vitest'
import { type OrkResult, runOrk } from './run-ork'

/** A mock listening for one test, and what points the built `ork` at it. */
export interface OrkMock {
  mock: MockServer
  /** The mock's base URL. */
  url: string
  /** The base URL and a management key the mock accepts, as ork reads them from the environment. */
  env: { OPENROUTER_BASE_URL: string; OPENROUTER_MANAGEMENT_KEY: string }
  /** Runs the built ork against the mock; `extra` is added to `env`. */
  ork: (args: string[], extra?: Record<string, string | undefined>) => Promise<OrkResult>
}

/**
 * For a test file that runs ork against the mock over real HTTP: call it once at the top level.
 * The function it returns creates a mock from `options`, listens on 127.0.0.1 at a free port, and
 * gives ork the first of `options.managementKeys` (the mock's default key when none are given).
 * Every mock started in a test is closed after it, so no test sees another's server.
 */
export function mockFixture(): (options?: MockServerOptions) => Promise<OrkMock> {
  let listeners: MockListener[] = []
  afterEach(async () => {
    const closing = listeners
    listeners = []
    await Promise.all(closing.map((listener) => listener.close()))
  })
  return async (options = {}) => {
    const mock = createMockServer(options)
    const listener = await mock.listen({ port: 0, host: '127.0.0.1' })
    listeners.push(listener)
    const env = {
      OPENROUTER_BASE_URL: listener.url,
      OPENROUTER_MANAGEMENT_KEY: options.managementKeys?.[0] ?? MOCK_MANAGEMENT_KEY,
    }
    const ork = (args: string[], extra: Record<string, string | undefined> = {}) =>
      runOrk(args, { ...env, ...extra })
    return { mock, url: listener.url, env, ork }
  }
}
