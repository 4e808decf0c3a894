// openrouter-mock: the mock as a process, for the demo and for non-JS clients. The first stdout
// line is the base URL (scripts read it); everything else goes to stderr.
import { parseCliArgs, USAGE } from './cli-args'
import { MOCK_MANAGEMENT_KEY } from './constants'
import type { LatencyMs } from './latency'
import { createMockServer } from './server'

function describeLatency(latencyMs: LatencyMs | undefined): string {
  if (latencyMs === undefined) return ''
  if (typeof latencyMs === 'number') return `, ${latencyMs} ms added latency`
  return `, ${latencyMs[0]}-${latencyMs[1]} ms added latency`
}

async function main(): Promise<void> {
  const parsed = parseCliArgs(process.argv.slice(2))
  if (!parsed.ok) {
    process.stderr.write(`openrouter-mock: ${parsed.error}\n\n${USAGE}\n`)
    process.exitCode = 2
    return
  }
  const { options } = parsed
  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const mock = createMockServer({
    seed: options.seed,
    workspaces: options.workspaces,
    keysPerWorkspace: options.keysPerWorkspace,
    latencyMs: options.latencyMs,
    randomSeed: options.randomSeed,
    pageSize: options.pageSize,
    managementKeys: options.managementKeys,
  })
  const listener = await mock.listen({ port: options.port, host: options.host })
  process.stdout.write(`${listener.url}\n`)
  // The default key is public by design (it only opens this mock); custom keys are the user's
  // own and are never printed.
  const keyNote = options.managementKeys
    ? `the ${options.managementKeys.length} management key(s) given with --management-key`
    : MOCK_MANAGEMENT_KEY
  const latencyNote = describeLatency(options.latencyMs)
  process.stderr.write(
    [
      `openrouter-mock: management key: ${keyNote}`,
      `openrouter-mock: ${options.seed} keys in the default workspace, ${options.workspaces} more workspace(s) with ${options.keysPerWorkspace} keys each, page size ${options.pageSize}${latencyNote}. Ctrl+C to stop.`,
      '',
    ].join('\n'),
  )

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130) // a second signal: give up waiting
    stopping = true
    process.stderr.write(`openrouter-mock: ${signal}, shutting down\n`)
    listener.close().then(
      () => {
        process.exitCode = 0
      },
      (error: unknown) => {
        process.stderr.write(`openrouter-mock: close failed: ${(error as Error).message}\n`)
        process.exitCode = 1
      },
    )
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`openrouter-mock: ${(error as Error).message}\n`)
  process.exitCode = 1
})
