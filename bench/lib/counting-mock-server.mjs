// The counting mock as a separate process, for the latency benches: `node
// lib/counting-mock-server.mjs '<settings JSON>'`. Like mock-server.mjs it prints its base URL as
// the first stdout line, so the server's CPU time (serialising 100 keys a page) is not charged to
// the client being measured. It counts the requests it answers; the parent asks over stdin:
//   `counts` -> one JSON line {"listRequests": n, "otherRequests": m}
//   `reset`  -> counts back to 0, then the line `ok`
// Settings: { mock: MockServerOptions, latencyMs, sdkKeysFromSeed? }. With sdkKeysFromSeed the
// keys are generated as the bin would and served with `external_user: null` (see mock-server.mjs).
import { createInterface } from 'node:readline'
import { createMockServer } from '@openrouter-kit/mock'

const settings = JSON.parse(process.argv[2] ?? '{}')
const keys =
  settings.sdkKeysFromSeed === undefined
    ? undefined
    : createMockServer({ seed: settings.sdkKeysFromSeed })
        .listKeys({ includeDisabled: true })
        .map((key) => ({ ...key, external_user: null }))
const mock = createMockServer({
  ...settings.mock,
  ...(keys === undefined ? {} : { keys }),
  latencyMs: settings.latencyMs,
  requestLogLimit: 0,
})

let counts = { listRequests: 0, otherRequests: 0 }
mock.onRequest(({ operation }) => {
  if (operation === 'listApiKeys') counts.listRequests += 1
  else counts.otherRequests += 1
})

const listener = await mock.listen({ port: 0, host: '127.0.0.1' })
process.stdout.write(`${listener.url}\n`)

createInterface({ input: process.stdin }).on('line', (command) => {
  if (command === 'counts') process.stdout.write(`${JSON.stringify(counts)}\n`)
  if (command === 'reset') {
    counts = { listRequests: 0, otherRequests: 0 }
    process.stdout.write('ok\n')
  }
})
process.on('SIGTERM', () => listener.close().then(() => process.exit(0)))
