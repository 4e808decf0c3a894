#!/usr/bin/env node
// Measures the mock at account scale (run after `pnpm build`): creating 10,000 keys in-process
// through addKey and through `mock.fetch` POST /keys, listing a 10,000-key workspace page by
// page, and 100 concurrent requests over HTTP. For scale, the same 10,000 POSTs against a bare
// Hono app that only parses and echoes the body: what a Request and a Response cost on this
// machine, whatever the mock does. Prints milliseconds; asserts nothing (speed is measured,
// never asserted in tests).
//   node packages/mock/scripts/measure-scale.mjs
import { performance } from 'node:perf_hooks'
import { Hono } from 'hono'
import { createMockServer, MOCK_MANAGEMENT_KEY } from '../dist/index.mjs'

const KEYS = 10_000
const CONCURRENT = 100
const BASE = 'http://mock.test/api/v1'
const auth = { authorization: `Bearer ${MOCK_MANAGEMENT_KEY}` }

async function timed(label, task) {
  const start = performance.now()
  const detail = await task()
  console.log(
    `${label}: ${(performance.now() - start).toFixed(0)} ms${detail ? ` (${detail})` : ''}`,
  )
}

await timed(`addKey x ${KEYS}`, () => {
  const mock = createMockServer({ seed: 0 })
  for (let index = 0; index < KEYS; index++) mock.addKey({ name: `key ${index}` })
  return `${mock.listKeys({ includeDisabled: true }).length} keys`
})

const createInit = (index) => ({
  method: 'POST',
  headers: { ...auth, 'content-type': 'application/json' },
  body: JSON.stringify({ name: `key ${index}` }),
})

const bare = new Hono()
bare.post('/api/v1/keys', async (context) => {
  const body = JSON.parse(await context.req.text())
  return new Response(JSON.stringify({ data: body }), {
    status: 201,
    headers: { 'content-type': 'application/json' },
  })
})
await timed(`floor: bare Hono POST x ${KEYS} (Request, body, Response)`, async () => {
  for (let index = 0; index < KEYS; index++) {
    const response = await bare.fetch(new Request(`${BASE}/keys`, createInit(index)))
    await response.arrayBuffer()
  }
})

const created = createMockServer({ seed: 0, requestLogLimit: 0 })
await timed(`mock.fetch POST /keys x ${KEYS} (sequential)`, async () => {
  for (let index = 0; index < KEYS; index++) {
    const response = await created.fetch(`${BASE}/keys`, createInit(index))
    if (response.status !== 201) throw new Error(`status ${response.status}`)
    await response.arrayBuffer()
  }
})

await timed(`list ${KEYS} keys through mock.fetch, 100 per page`, async () => {
  let offset = 0
  let pages = 0
  for (;;) {
    const response = await created.fetch(`${BASE}/keys?offset=${offset}`, { headers: auth })
    const { data } = await response.json()
    pages++
    if (data.length === 0) return `${pages} requests, ${offset} keys`
    offset += data.length
  }
})

await timed('one page at offset 9,900 of 10,000 (mean of 100)', async () => {
  for (let round = 0; round < 100; round++) {
    const response = await created.fetch(`${BASE}/keys?offset=9900`, { headers: auth })
    await response.arrayBuffer()
  }
})

const server = await created.listen()
await timed(`${CONCURRENT} concurrent GET /keys over HTTP`, async () => {
  const responses = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, index) =>
      fetch(`${server.url}/keys?offset=${index * 100}`, { headers: auth }),
    ),
  )
  await Promise.all(responses.map((response) => response.arrayBuffer()))
  return `${responses.filter((response) => response.status === 200).length} x 200`
})
await server.close()
