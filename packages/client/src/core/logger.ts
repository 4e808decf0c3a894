// The caller's logger, made safe: a logger that throws (or is half-configured) must never break
// or delay a request, and every line is redacted before it leaves.
import { redactSecrets } from './secrets'

/** Any object with some of console's methods, e.g. `console` or a pino logger. */
export type Logger = Partial<
  Record<'debug' | 'info' | 'warn' | 'error', (message: string, ...data: unknown[]) => void>
>

export type LogLevel = keyof Logger

/** Sends one redacted line to `logger[level]`, ignoring anything the logger throws. */
export function logLine(
  logger: Logger | undefined,
  level: LogLevel,
  message: string,
  secrets: ReadonlyArray<string | undefined>,
  data?: Record<string, unknown>,
): void {
  const method = logger?.[level]
  if (typeof method !== 'function') return
  try {
    const line = redactSecrets(message, secrets)
    if (data === undefined) method.call(logger, line)
    else method.call(logger, line, JSON.parse(redactSecrets(JSON.stringify(data), secrets)))
  } catch {
    // A logging failure is the logger's problem, not the request's.
  }
}
