// The key lifecycle commands of `ork keys` (get, create, update, disable, enable, delete,
// rotate, current), registered on the `keys` command by program.ts. Each action only reads the
// argv; the flag checks (which use the spec's codecs) and the command itself are imported when
// it runs, so `ork --help` loads neither.
import type { Command } from 'commander'
import type { CommandBody } from './commands/context'
import type {
  RawKeysCreateOptions,
  RawKeysRotateOptions,
  RawKeysUpdateOptions,
} from './commands/key-flags'
import { ExitCode } from './exit-codes'
import type { Io } from './io'
import { FORMATS, type GlobalOptions, parseGlobalOptions, type RawGlobalOptions } from './options'
import type { Outcome } from './program'
import type { Reporter } from './report'
import { UsageError } from './usage-error'

/** `--format`/`--json` as a command that prints one result takes them. */
interface RawSingleFormatOptions {
  format?: string
  json?: boolean
}

const KEY_ARGUMENT = 'a key hash, a unique hash prefix (8+ characters) or an exact key name'
const SINGLE_FORMAT_HELP = 'output format: table, json (default: table)'
const DRY_RUN_HELP = 'print the request that would be sent (method, path, body); send only reads'

/** Adds the key lifecycle commands to `keys`. */
export function registerKeyCommands(
  keys: Command,
  io: Io,
  report: Reporter,
  onCommand: (outcome: Outcome) => void,
): void {
  const globalsOf = (command: Command) =>
    parseGlobalOptions(command.optsWithGlobals<RawGlobalOptions>(), io.env)
  const run = (command: Command, load: () => Promise<CommandBody>) =>
    onCommand(lazyApiCommand(globalsOf(command), io, report, load))

  keys
    .command('get')
    .description('show one key, every field')
    .argument('<key>', KEY_ARGUMENT)
    .option('--format <format>', SINGLE_FORMAT_HELP)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action((reference: string, raw: RawSingleFormatOptions, command: Command) =>
      run(command, async () => {
        const [{ parseSingleFormat }, { keysGet }] = await Promise.all([
          import('./commands/key-flags'),
          import('./commands/keys-get'),
        ])
        const format = parseSingleFormat(raw)
        return (context) => keysGet(reference, format, context)
      }),
    )

  keys
    .command('create')
    .description('create a key; its secret is printed once, alone on stdout')
    .requiredOption('--name <name>', 'name of the new key')
    .option('--spend-limit <usd>', "spending limit in USD (the API's limit)")
    .option('--limit-reset <period>', 'reset the limit: daily, weekly or monthly')
    .option('--include-byok-in-limit', 'count BYOK usage against the limit')
    .option('--expires-at <when>', 'expiry: an ISO 8601 UTC time, or +<n>d / +<n>h from now')
    .option('--workspace <id>', 'create it in this workspace (a UUID)')
    .option('--secret-file <path>', 'write the secret to this new file (mode 0600) instead')
    .option('--force', 'with --secret-file: replace an existing file')
    .option('--dry-run', DRY_RUN_HELP)
    .option('--format <format>', `${SINGLE_FORMAT_HELP}; json: { data, key }`)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action((raw: RawKeysCreateOptions, command: Command) =>
      run(command, async () => {
        const [{ parseKeysCreateOptions }, { keysCreate }] = await Promise.all([
          import('./commands/key-flags'),
          import('./commands/keys-create'),
        ])
        const options = parseKeysCreateOptions(raw)
        return (context) => keysCreate(options, context)
      }),
    )

  keys
    .command('update')
    .description('change a key: name, spending limit, limit reset, BYOK in limit')
    .argument('<key>', KEY_ARGUMENT)
    .option('--name <name>', 'new name')
    .option('--spend-limit <usd>', 'spending limit in USD')
    .option('--no-spend-limit', 'remove the spending limit')
    .option('--limit-reset <period>', 'daily, weekly, monthly, or none')
    .option('--include-byok-in-limit', 'count BYOK usage against the limit')
    .option('--no-include-byok-in-limit', 'do not count BYOK usage against the limit')
    .option('--dry-run', DRY_RUN_HELP)
    .option('--format <format>', SINGLE_FORMAT_HELP)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action((reference: string, raw: RawKeysUpdateOptions, command: Command) =>
      run(command, async () => {
        const [{ parseKeysUpdateOptions }, { keysUpdate }] = await Promise.all([
          import('./commands/key-flags'),
          import('./commands/keys-update'),
        ])
        const options = parseKeysUpdateOptions(raw)
        return (context) => keysUpdate(reference, options, context)
      }),
    )

  for (const [name, description] of [
    ['disable', 'disable keys (every <key> is resolved before any is changed)'],
    ['enable', 'enable disabled keys (every <key> is resolved before any is changed)'],
  ] as const) {
    keys
      .command(name)
      .description(description)
      .argument('<key...>', KEY_ARGUMENT)
      .option('--dry-run', DRY_RUN_HELP)
      .option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table)`)
      .option('--json', 'same as --format json')
      .exitOverride()
      .action(
        (
          references: string[],
          raw: RawSingleFormatOptions & { dryRun?: boolean },
          command: Command,
        ) =>
          run(command, async () => {
            const { parseListFormat } = await import('./commands/key-flags')
            const options = { dryRun: raw.dryRun === true, format: parseListFormat(raw) }
            if (name === 'disable') {
              const { keysDisable } = await import('./commands/keys-disable')
              return (context) => keysDisable(references, options, context)
            }
            const { keysEnable } = await import('./commands/keys-enable')
            return (context) => keysEnable(references, options, context)
          }),
      )
  }

  keys
    .command('delete')
    .description('delete keys; asks on a terminal, needs --yes otherwise')
    .argument('<key...>', KEY_ARGUMENT)
    .option('--yes', 'delete without asking')
    .option('--ignore-missing', 'a <key> that matches no key is not an error')
    .option('--dry-run', DRY_RUN_HELP)
    .exitOverride()
    .action(
      (
        references: string[],
        raw: { yes?: boolean; ignoreMissing?: boolean; dryRun?: boolean },
        command: Command,
      ) =>
        run(command, async () => {
          const { keysDelete } = await import('./commands/keys-delete')
          const options = {
            yes: raw.yes === true,
            ignoreMissing: raw.ignoreMissing === true,
            dryRun: raw.dryRun === true,
          }
          return (context) => keysDelete(references, options, context)
        }),
    )

  keys
    .command('rotate')
    .description("create a successor with the key's settings; print its secret once")
    .argument('<key>', KEY_ARGUMENT)
    .option('--retire <mode>', 'then the old key: keep, disable or delete (default: keep)')
    .option('--secret-file <path>', 'write the new secret to this new file (mode 0600) instead')
    .option('--force', 'with --secret-file: replace an existing file')
    .option('--dry-run', DRY_RUN_HELP)
    .option('--format <format>', `${SINGLE_FORMAT_HELP}; json: { data, key }`)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action((reference: string, raw: RawKeysRotateOptions, command: Command) =>
      run(command, async () => {
        const [{ parseKeysRotateOptions }, { keysRotate }] = await Promise.all([
          import('./commands/key-flags'),
          import('./commands/keys-rotate'),
        ])
        const options = parseKeysRotateOptions(raw)
        return (context) => keysRotate(reference, options, context)
      }),
    )

  keys
    .command('current')
    .description('show the key in use (GET /key)')
    .option('--format <format>', SINGLE_FORMAT_HELP)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action((raw: RawSingleFormatOptions, command: Command) =>
      run(command, async () => {
        const [{ parseSingleFormat }, { keysCurrent }] = await Promise.all([
          import('./commands/key-flags'),
          import('./commands/keys-current'),
        ])
        const format = parseSingleFormat(raw)
        return (context) => keysCurrent(format, context)
      }),
    )
}

/**
 * A command whose flag checks live in a lazily loaded module: `load` imports, checks the flags
 * (a UsageError exits 2 before the client exists or any request) and returns the body.
 */
function lazyApiCommand(
  globals: GlobalOptions,
  io: Io,
  report: Reporter,
  load: () => Promise<CommandBody>,
): Outcome {
  return async (signal) => {
    let body: CommandBody
    try {
      body = await load()
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      report.error(error.message)
      return ExitCode.Usage
    }
    const { runCommand } = await import('./commands/context')
    return runCommand(body, { globals, io, report, signal })
  }
}
