import { describe, expect, it, vi } from 'vitest'
import { logLine } from './logger'

const SECRET = 'sk-or-v1-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

describe('logLine with data built on demand', () => {
  it('builds the data only when the logger takes that level', () => {
    const build = vi.fn(() => ({ body: { name: 'a key' } }))
    logLine({ warn: vi.fn() }, 'debug', 'GET /keys', [], build)
    logLine(undefined, 'debug', 'GET /keys', [], build)
    expect(build).not.toHaveBeenCalled()

    const debug = vi.fn()
    logLine({ debug }, 'debug', 'GET /keys', [], build)
    expect(build).toHaveBeenCalledTimes(1)
    expect(debug).toHaveBeenCalledWith('GET /keys', { body: { name: 'a key' } })
  })

  it('redacts what the function returns, as it does plain data', () => {
    const debug = vi.fn()
    logLine({ debug }, 'debug', `POST with ${SECRET}`, [SECRET], () => ({ echoed: SECRET }))
    expect(JSON.stringify(debug.mock.calls)).not.toContain(SECRET)
    expect(debug).toHaveBeenCalledWith('POST with ***', { echoed: '***' })
  })

  it('never throws when building the data fails: logging is not the request', () => {
    const failing = () => {
      throw new Error('data builder broke')
    }
    expect(() => logLine({ debug: vi.fn() }, 'debug', 'GET /keys', [], failing)).not.toThrow()
  })
})
