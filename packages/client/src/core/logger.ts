// The caller's logger, made safe: a logger that throws (or is half-configured) must never break
// or delay a request, and every line is redacted before it leaves.
import { redactJson, redactSecrets } from './secrets'

/** Any object with some of console's methods, e.g. `console` or a pino logger. */
export type Logger = Partial<
  Record<'debug' | 'info' | 'warn' | 'error', (message: string, ...data: unknown[]) => void>
>

export type LogLevel = keyof Logger

const ignore = () => undefined

/** Sends one redacted line to `logger[level]`, ignoring anything the logger throws. */
export function logLine(
  logger: Logger | undefined,
  level: LogLevel,
  message: string,
  secrets: ReadonlyArray<string | undefined>,
  data?: Record<string, unknown>,
): void {
  try {
    // Read inside the try: a getter that throws is the logger's failure too.
    const method = logger?.[level]
    if (typeof method !== 'function') return
    const line = redactSecrets(message, secrets)
    const result: unknown =
      data === undefined
        ? method.call(logger, line)
        : method.call(logger, line, redactJson(data, secrets))
    // An async logger's rejection would otherwise be an unhandled rejection (which ends Node).
    Promise.resolve(result).catch(ignore)
  } catch {
    // A logging failure is the logger's problem, not the request's.
  }
}
