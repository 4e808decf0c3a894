// Serves a fetch handler over real HTTP with @hono/node-server (keeps the global Request and
// Response untouched, so the user's test process sees the platform classes). The adapter is
// loaded on first listen(), so in-process use (`mock.fetch`) never pulls in node:http and the
// entry point stays importable from browser-like test environments.
import type { IncomingMessage, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BASE_PATH } from './constants'
import { ShutdownNotifier } from './shutdown'

export interface ListenOptions {
  /** Default 0: a free port chosen by the OS. */
  port?: number
  /** Default '127.0.0.1'. */
  host?: string
}

export interface MockListener {
  /** Base URL including `/api/v1`, e.g. `http://127.0.0.1:49152/api/v1`. */
  url: string
  /** Stops accepting, ends open connections and pending delays; resolves when fully closed. */
  close(): Promise<void>
}

export type TransportHandler = (
  request: Request,
  transport: { incoming?: IncomingMessage; shutdown: ShutdownNotifier },
) => Promise<Response>

/** How a listening address is written in a URL; the unspecified addresses map to loopback. */
function urlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1'
  if (host === '::') return '[::1]'
  return host.includes(':') ? `[${host}]` : host
}

export async function listen(
  handler: TransportHandler,
  { port = 0, host = '127.0.0.1' }: ListenOptions = {},
): Promise<MockListener> {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`listen: port must be an integer 0-65535, got ${JSON.stringify(port)}`)
  }
  if (typeof host !== 'string' || host === '') {
    throw new TypeError(`listen: host must be a non-empty string, got ${JSON.stringify(host)}`)
  }
  const { createAdaptorServer } = await import('@hono/node-server')
  const shutdown = new ShutdownNotifier()
  const server = createAdaptorServer({
    fetch: (request, env) =>
      handler(request, { incoming: env.incoming as IncomingMessage, shutdown }),
    overrideGlobalObjects: false,
  }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port: actualPort } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  return {
    url: `http://${urlHost(host)}:${actualPort}${BASE_PATH}`,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        shutdown.close()
        server.close((error) => (error ? reject(error) : resolve()))
        // Keep-alive sockets (and requests parked in a delay) would otherwise hold close() open.
        server.closeAllConnections()
      })
      return closing
    },
  }
}
