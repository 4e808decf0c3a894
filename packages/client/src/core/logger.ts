// The caller's logger, made safe: a logger that throws (or is half-configured) must never break
// or delay a request, and every line is redacted before it leaves.
import { redactJson, redactSecrets } from './secrets'

/** Any object with some of console's methods, e.g. `console` or a pino logger. */
export type Logger = Partial<
  Record<'debug' | 'info' | 'warn' | 'error', (message: string, ...data: unknown[]) => void>
>

export type LogLevel = keyof Logger

const ignore = () => undefined

/** A line's structured data, or a function that builds it only when a logger takes the line. */
export type LogData = Record<string, unknown> | (() => Record<string, unknown>)

/** Sends one redacted line to `logger[level]`, ignoring anything the logger throws. */
export function logLine(
  logger: Logger | undefined,
  level: LogLevel,
  message: string,
  secrets: ReadonlyArray<string | undefined>,
  data?: LogData,
): void {
  try {
    // Read inside the try: a getter that throws is the logger's failure too.
    const method = logger?.[level]
    if (typeof method !== 'function') return
    const line = redactSecrets(message, secrets)
    const details = typeof data === 'function' ? data() : data
    const result: unknown =
      details === undefined
        ? method.call(logger, line)
        : method.call(logger, line, redactJson(details, secrets))
    // An async logger's rejection would otherwise be an unhandled rejection (which ends Node).
    Promise.resolve(result).catch(ignore)
  } catch {
    // A logging failure is the logger's problem, not the request's.
  }
}
