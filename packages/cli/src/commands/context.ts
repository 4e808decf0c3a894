// What every command that talks to the API shares: the management key, the client, the --debug
// log, and the one place where whatever a command throws becomes an exit code and one `error:`
// line (plus the stack with --debug). A command only fetches and prints; a new command gets the
// error handling, redaction and sanitising by running through `runCommand`.
import { formatWithOptions } from 'node:util'
import type { ClientOptions, Logger, OpenRouterClient } from '@openrouter-kit/client'
import { describeError } from '../errors'
import { ExitCode } from '../exit-codes'
import type { Io } from '../io'
import type { GlobalOptions } from '../options'
import type { Reporter } from '../report'

export const DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1'

export interface CommandContext {
  client: OpenRouterClient
  io: Io
  /** stderr, redacted and sanitised: use it for every note and message. */
  report: Reporter
  signal: AbortSignal
}

/** The body of a command: resolves to its exit code, throws anything on failure. */
export type CommandBody = (context: CommandContext) => Promise<number>

/** Where a command runs: what run() has read and made for the whole command line. */
export interface CommandSetting {
  globals: GlobalOptions
  io: Io
  /** The reporter run() made for this process (report.ts), shared with commander's output. */
  report: Reporter
  signal: AbortSignal
}

export interface CommandDependencies {
  /** Builds the client (default: the real one). Tests pass a factory to reach every branch. */
  createClient?: (options: ClientOptions) => OpenRouterClient
}

/**
 * Runs `body` with a client made from the global options and the environment. A failure
 * anywhere, in creating the client, in a request or in rendering the answer, is one line on
 * stderr and an exit code, never a rejection (only a failure to load the client module is
 * left to run(), which reports it as one line too).
 */
export async function runCommand(
  body: CommandBody,
  { globals, io, report, signal }: CommandSetting,
  dependencies: CommandDependencies = {},
): Promise<number> {
  const apiKey = io.env.OPENROUTER_MANAGEMENT_KEY
  if (!apiKey) {
    report.error(
      'OPENROUTER_MANAGEMENT_KEY is not set; export a management key (OpenRouter settings → Management keys)',
    )
    return ExitCode.Credentials
  }
  const baseURL = globals.baseUrl ?? DEFAULT_BASE_URL
  const client = await import('@openrouter-kit/client')
  try {
    const createClient = dependencies.createClient ?? client.createOpenRouterClient
    const context: CommandContext = {
      client: createClient({
        apiKey,
        baseURL,
        timeout: globals.timeout,
        maxRetries: globals.maxRetries,
        logger: globals.debug ? debugLogger(report) : undefined,
      }),
      io,
      report,
      signal,
    }
    return await body(context)
  } catch (error) {
    if (client.APIUserAbortError.isInstance(error) || signal.aborted) return ExitCode.Interrupted
    const failure = describeError(error, { baseURL })
    report.error(failure.message)
    for (const detail of failure.details ?? []) report.line(detail)
    if (globals.debug && error instanceof Error && error.stack) report.text(`${error.stack}\n`)
    return failure.exitCode
  }
}

/** --debug: the client's request log on stderr, through the reporter like every other line. */
function debugLogger(report: Reporter): Logger {
  const log =
    (level: string) =>
    (message: string, ...data: unknown[]) => {
      report.text(
        `[ork ${level}] ${formatWithOptions({ colors: false, depth: 4 }, message, ...data)}\n`,
      )
    }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
