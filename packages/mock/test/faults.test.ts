import { describe, expect, it } from 'vitest'
import { createMockServer, type Fault } from '../src/index'
import { conformingBody } from './spec-validator'
import { AUTH, connect, listKeys, openPerTest, TRANSPORTS, type Transport } from './transports'

/** Status of a request, or 'dropped' when the connection was destroyed without a response. */
const outcome = (transport: Transport) =>
  listKeys(transport).then(
    (response) => response.status,
    (error: unknown) => {
      expect(error).toBeInstanceOf(TypeError)
      return 'dropped' as const
    },
  )

describe.each(TRANSPORTS)('faults (%s)', (kind) => {
  const open = openPerTest(kind)

  it('consumes the scripted queue one fault per request, then behaves', async () => {
    const faults: Fault[] = [
      { status: 429, retryAfter: 1 },
      { status: 500 },
      { delayMs: 20 },
      { status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' },
      { drop: true },
    ]
    const { transport } = await open({ faults })
    const statuses = []
    for (let i = 0; i < 6; i++) statuses.push(await outcome(transport))
    expect(statuses).toEqual([429, 500, 200, 502, 'dropped', 200])
  })

  it('sends 429 with Retry-After and retry-after-ms and a spec-valid body', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ status: 429, retryAfter: 2, retryAfterMs: 1500 })
    const response = await listKeys(transport)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('2')
    expect(response.headers.get('retry-after-ms')).toBe('1500')
    expect(response.headers.get('x-request-id')).toBe('req_1')
    expect(await conformingBody(response)).toEqual({
      error: { code: 429, message: 'Rate limit exceeded' },
    })
  })

  it.each([500, 502, 503])('sends %i with the standard error body', async (status) => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ status })
    const response = await listKeys(transport)
    expect(response.status).toBe(status)
    const body = (await conformingBody(response)) as { error: { code: number } }
    expect(body.error.code).toBe(status)
  })

  it('sends a custom body and content type as given', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ status: 502, body: '<html>Bad gateway</html>', contentType: 'text/html' })
    const response = await listKeys(transport)
    expect(response.status).toBe(502)
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe('<html>Bad gateway</html>')
  })

  it('adds fault headers to an otherwise normal response', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ headers: { 'x-ratelimit-remaining': '0' } })
    const response = await listKeys(transport)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0')
    await conformingBody(response)
  })

  it('delays, then answers normally or with the given status', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ delayMs: 30 }, { delayMs: 30, status: 503 })
    expect(await outcome(transport)).toBe(200)
    expect(await outcome(transport)).toBe(503)
  })

  it('drops the connection: fetch rejects with a TypeError and the log records status 0', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ drop: true })
    const error = await listKeys(transport).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).message).toBe('fetch failed')
    expect(mock.requests.map((entry) => entry.status)).toEqual([0])
    expect(await outcome(transport)).toBe(200)
  })

  it('does not spend a fault on a CORS preflight', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ status: 500 })
    const preflight = await transport.request('/keys', {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'GET' },
    })
    expect(preflight.status).toBe(204)
    expect(await outcome(transport)).toBe(500)
  })

  it.each<[string, unknown]>([
    ['a header name with a space', { headers: { 'bad name': 'x' } }],
    ['a header value with a newline', { headers: { 'x-note': 'one\ntwo' } }],
    ['a header value above U+00FF', { headers: { 'x-note': 'caf\u0100' } }],
    ['a content-length header', { headers: { 'content-length': '5' } }],
    [
      'a content type with a newline',
      { status: 502, body: 'x', contentType: 'text/html\r\nx-injected: 1' },
    ],
    ['a body on a 204', { status: 204, body: 'gone' }],
    ['a delay longer than a timer holds', { delayMs: 2 ** 31 }],
    ['a NaN delay', { delayMs: Number.NaN }],
    ['a drop that also sets a status', { drop: true, status: 500 }],
    ['an unknown field', { statusCode: 500 }],
  ])('rejects %s when enqueued; the next request is answered normally', async (_, fault) => {
    const { mock, transport } = await open()
    expect(() => mock.enqueueFaults(fault as Fault)).toThrow(TypeError)
    expect(() => mock.enqueueFaults(fault as Fault)).toThrow(/^enqueueFaults\[0\]/)
    expect(() => createMockServer({ faults: [fault as Fault] })).toThrow(
      /^createMockServer: faults\[0\]/,
    )
    const response = await listKeys(transport)
    expect(response.status).toBe(200)
    await conformingBody(response)
  })

  it('enqueues nothing when one fault of several is bad', async () => {
    const { mock, transport } = await open()
    expect(() =>
      mock.enqueueFaults({ status: 503 }, { headers: { 'x-ok': '1', 'bad name': 'x' } }),
    ).toThrow('enqueueFaults[1].headers: "bad name" is not a valid header name')
    expect(await outcome(transport)).toBe(200)
  })

  it('rejects bad chaos options at setChaos and keeps the previous setting', async () => {
    const { mock, transport } = await open()
    expect(() => mock.setChaos({ rate: Number.NaN })).toThrow(TypeError)
    expect(() => mock.setChaos({ rate: 1, sed: 3 } as never)).toThrow(/unknown chaos field "sed"/)
    expect(() => createMockServer({ chaos: { rate: '1' as never } })).toThrow(
      'createMockServer: chaos.rate: expected a number between 0 and 1, got "1"',
    )
    expect(await outcome(transport)).toBe(200)
  })

  it('sends fault headers with obs-text values as given', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ headers: { 'x-note': 'caf\u00e9' } })
    const response = await listKeys(transport)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-note')).toBe('caf\u00e9')
  })

  it('clearFaults empties the queue', async () => {
    const { mock, transport } = await open({ faults: [{ status: 500 }, { status: 500 }] })
    mock.clearFaults()
    expect(await outcome(transport)).toBe(200)
  })

  it('aborts a pending delay when the caller aborts', async () => {
    const { mock, transport } = await open()
    mock.enqueueFaults({ delayMs: 60_000 })
    const controller = new AbortController()
    const pending = listKeys(transport, '', { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('chaos with the same seed misbehaves identically; rate 0 never, rate 1 always', async () => {
    const run = async (chaos: { rate: number; seed?: number }) => {
      const mock = createMockServer({ chaos })
      const t = await connect(kind, mock)
      const seen = []
      for (let i = 0; i < 24; i++) seen.push(await outcome(t))
      await t.close()
      return seen
    }
    const first = await run({ rate: 0.5, seed: 42 })
    expect(await run({ rate: 0.5, seed: 42 })).toEqual(first)
    expect(first).toContain(200)
    expect(first.some((status) => status !== 200)).toBe(true)
    expect(new Set(await run({ rate: 0 }))).toEqual(new Set([200]))
    const always = await run({ rate: 1, seed: 7 })
    expect(always).not.toContain(200)
    expect(always.every((status) => [429, 500, 502, 'dropped'].includes(status))).toBe(true)
  })

  it('setChaos turns chaos on and off at runtime', async () => {
    const { mock, transport } = await open()
    mock.setChaos({ rate: 1, seed: 3 })
    expect(await outcome(transport)).not.toBe(200)
    mock.setChaos(null)
    expect(await outcome(transport)).toBe(200)
  })

  it('chaos 429 and 500 bodies match the spec', async () => {
    const { mock, transport } = await open({ chaos: { rate: 1, seed: 11 } })
    let checked = 0
    for (let i = 0; i < 30; i++) {
      const response = await listKeys(transport).catch(() => undefined)
      if (response) {
        await conformingBody(response)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(0)
    expect(mock.requests).toHaveLength(30)
  })

  it('logs method, path, query, status and redacted headers; clearRequests empties it', async () => {
    const { mock, transport } = await open({ faults: [{ status: 429 }] })
    await listKeys(transport, '?offset=5&include_disabled=true')
    await transport.request('/keys', {
      method: 'POST',
      headers: { authorization: 'Bearer secret-1' },
    })
    await transport.request('/keys', { method: 'PUT', headers: AUTH })
    expect(mock.requests).toEqual([
      {
        requestId: 'req_1',
        operation: 'listApiKeys',
        method: 'GET',
        path: '/api/v1/keys',
        query: { offset: '5', include_disabled: 'true' },
        status: 429,
        headers: expect.objectContaining({ authorization: 'Bearer ***' }),
      },
      expect.objectContaining({
        operation: 'createApiKey',
        method: 'POST',
        status: 401,
        headers: expect.objectContaining({ authorization: 'Bearer ***' }),
      }),
      expect.objectContaining({ operation: undefined, method: 'PUT', status: 405 }),
    ])
    expect(JSON.stringify(mock.requests)).not.toContain('secret-1')
    mock.clearRequests()
    expect(mock.requests).toEqual([])
  })
})

describe('close() during a delay (http)', () => {
  it('ends the parked request and resolves instead of waiting for the delay', async () => {
    const mock = createMockServer({ faults: [{ delayMs: 600_000 }] })
    const listener = await mock.listen()
    const pending = fetch(`${listener.url}/keys`).then(
      () => 'answered',
      () => 'connection closed',
    )
    // Close only once the request is parked in the delay.
    while (mock.inFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    await listener.close()
    expect(await pending).toBe('connection closed')
    expect(mock.requests[0]?.status).toBe(0)
  })
})
