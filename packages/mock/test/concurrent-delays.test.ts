// Item: "11 or more delayed requests on one listener print a MaxListenersExceededWarning in
// users' test output". Twenty requests parked in a delay at once, on one mock, must not make Node
// warn, and close() must still end them all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMockServer, type Fault } from '../src/index'
import { conformingBody } from './spec-validator'
import { listKeys, openPerTest, TRANSPORTS } from './transports'

const CONCURRENT_REQUESTS = 20
/** Long enough for all twenty to arrive before the first is answered, on a slow machine too. */
const DELAY_MS = 500

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let warnings: Error[] = []
const collect = (warning: Error) => warnings.push(warning)
beforeEach(() => {
  warnings = []
  process.on('warning', collect)
})
afterEach(() => {
  process.off('warning', collect)
})

/** process.emitWarning emits on the next tick: let it arrive before looking. */
const warningsSoFar = async () => {
  await new Promise((resolve) => setImmediate(resolve))
  return warnings.map((warning) => `${warning.name}: ${warning.message}`)
}

describe.each(TRANSPORTS)(`${CONCURRENT_REQUESTS} delayed requests at once (%s)`, (kind) => {
  const open = openPerTest(kind)

  it('answers all of them without a MaxListenersExceededWarning', async () => {
    const delayed: Fault[] = Array.from({ length: CONCURRENT_REQUESTS }, () => ({
      delayMs: DELAY_MS,
    }))
    const { mock, transport } = await open({ faults: delayed })
    let settled = false
    const all = Promise.all(
      Array.from({ length: CONCURRENT_REQUESTS }, () => listKeys(transport)),
    ).finally(() => {
      settled = true
    })
    let mostInFlight = 0
    while (!settled) {
      mostInFlight = Math.max(mostInFlight, mock.inFlight)
      await sleep(2)
    }
    const responses = await all
    // They were all parked at the same time, or the test would prove nothing.
    expect(mostInFlight).toBe(CONCURRENT_REQUESTS)
    expect(responses.map((response) => response.status)).toEqual(
      Array(CONCURRENT_REQUESTS).fill(200),
    )
    await Promise.all(responses.map((response) => conformingBody(response)))
    expect(await warningsSoFar()).toEqual([])
  })
})

describe('close() with twenty requests parked in a long delay (http)', () => {
  it('ends every one of them, without a warning', async () => {
    const mock = createMockServer({
      faults: Array.from({ length: CONCURRENT_REQUESTS }, () => ({ delayMs: 600_000 })),
    })
    const listener = await mock.listen()
    const pending = Array.from({ length: CONCURRENT_REQUESTS }, () =>
      fetch(`${listener.url}/keys`).then(
        () => 'answered',
        () => 'connection closed',
      ),
    )
    // Nothing is answered before close(), so all twenty do arrive.
    while (mock.inFlight < CONCURRENT_REQUESTS) {
      await sleep(2)
    }
    await listener.close()
    expect(await Promise.all(pending)).toEqual(Array(CONCURRENT_REQUESTS).fill('connection closed'))
    expect(mock.requests.map((entry) => entry.status)).toEqual(Array(CONCURRENT_REQUESTS).fill(0))
    expect(await warningsSoFar()).toEqual([])
  })
})
