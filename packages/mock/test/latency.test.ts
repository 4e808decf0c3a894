// latencyMs: added to every request (preflights too), abortable, ended by close(), and many
// requests waiting at once do not stack listeners (no MaxListenersExceededWarning).
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMockServer } from '../src/index'
import { conformingBody } from './spec-validator'
import { call, listKeys, openPerTest, TRANSPORTS } from './transports'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const CONCURRENT_REQUESTS = 20

let warnings: Error[] = []
const collect = (warning: Error) => warnings.push(warning)
beforeEach(() => {
  warnings = []
  process.on('warning', collect)
})
afterEach(() => {
  process.off('warning', collect)
})

describe.each(TRANSPORTS)('latencyMs (%s)', (kind) => {
  const open = openPerTest(kind)

  it('holds every request for the latency; an abort ends the wait', async () => {
    const { mock, transport } = await open({ latencyMs: 60_000 })
    const controller = new AbortController()
    const pending = listKeys(transport, '', { signal: controller.signal })
    while (mock.inFlight === 0) await sleep(2)
    // Still waiting: nothing has been answered.
    await sleep(20)
    expect(mock.requests).toEqual([])
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it(`answers ${CONCURRENT_REQUESTS} requests waiting at once, without a warning`, async () => {
    const { mock, transport } = await open({ latencyMs: [300, 400] })
    let settled = false
    const all = Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, (_, index) =>
        index % 2 === 0 ? listKeys(transport) : call(transport, '/workspaces'),
      ),
    ).finally(() => {
      settled = true
    })
    let mostInFlight = 0
    while (!settled) {
      mostInFlight = Math.max(mostInFlight, mock.inFlight)
      await sleep(2)
    }
    const responses = await all
    expect(mostInFlight).toBe(CONCURRENT_REQUESTS)
    expect(responses.map(({ status }) => status)).toEqual(Array(CONCURRENT_REQUESTS).fill(200))
    await Promise.all(
      responses.map((response, index) =>
        conformingBody(response, index % 2 === 0 ? 'listApiKeys' : 'listWorkspaces'),
      ),
    )
    await new Promise((resolve) => setImmediate(resolve))
    expect(warnings.map(({ name, message }) => `${name}: ${message}`)).toEqual([])
  })

  it('setLatency turns it on and off at runtime', async () => {
    const { mock, transport } = await open()
    mock.setLatency(60_000)
    const controller = new AbortController()
    const pending = listKeys(transport, '', { signal: controller.signal })
    while (mock.inFlight === 0) await sleep(2)
    mock.setLatency(null)
    // The next request is not held, while the first one still waits.
    expect((await listKeys(transport)).status).toBe(200)
    expect(mock.inFlight).toBe(1)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('latencyMs and close() (http)', () => {
  it('close() ends requests held by the latency', async () => {
    const mock = createMockServer({ latencyMs: 600_000 })
    const listener = await mock.listen()
    const pending = Array.from({ length: 5 }, () =>
      fetch(`${listener.url}/keys`).then(
        () => 'answered',
        () => 'connection closed',
      ),
    )
    while (mock.inFlight < 5) await sleep(2)
    await listener.close()
    expect(await Promise.all(pending)).toEqual(Array(5).fill('connection closed'))
    expect(mock.requests.map(({ status }) => status)).toEqual(Array(5).fill(0))
  })

  it('rejects a bad latencyMs option and setLatency value', () => {
    expect(() => createMockServer({ latencyMs: [10, 5] })).toThrow(
      'createMockServer: latencyMs must be milliseconds (0 to 2147483647) or [min, max] with min <= max, got [10,5]',
    )
    expect(() => createMockServer().setLatency(-5)).toThrow(/^setLatency: latencyMs must be/)
  })
})
