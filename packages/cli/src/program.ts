import { Command } from 'commander'
import packageJson from '../package.json' with { type: 'json' }
import {
  type ActionSetting,
  apiAction,
  apiCommand,
  globalOptionsOf,
  type Outcome,
} from './api-command'
import type { CommandBody } from './commands/context'
import type {
  RawKeysCreateOptions,
  RawKeysRotateOptions,
  RawKeysUpdateOptions,
} from './commands/key-flags'
import { ExitCode } from './exit-codes'
import type { Io } from './io'
import { FORMATS, type GlobalOptions, parseKeysListOptions } from './options'
import { COLUMN_IDS } from './output/column-ids'
import { registerReadCommands } from './program-reads'
import type { Reporter } from './report'
import { UsageError } from './usage-error'

/** `--format`/`--json` as a command that prints one result or a summary takes them. */
interface RawSingleFormatOptions {
  format?: string
  json?: boolean
}

const EXAMPLES = `
Examples:
  $ export OPENROUTER_MANAGEMENT_KEY=sk-or-v1-...     # a management key; never passed as a flag
  $ ork keys list                                     # every key, as a table
  $ ork keys list --include-disabled --limit 20
  $ ork keys list --json | jq -r '.[] | select(.usage > 10) | .name'
  $ ork keys list --format csv --columns name,usage,limit > keys.csv
  $ ork keys list --format csv --csv-raw > raw.csv    # CSV guards formula cells (=, +, -, @) with ' unless --csv-raw
  $ ork keys list --workspace 0df9e665-d932-5740-b2c7-b52af166bc11 --offset 100

  $ KEY=$(ork keys create --name ci --spend-limit 10 --expires-at +30d)   # the secret alone on stdout
  $ ork keys create --name ci --secret-file ci.key                      # a new file, mode 0600
  $ ork keys disable ci && ork keys delete ci --yes                     # by name, hash or hash prefix
  $ ork keys rotate 3f2a9c1b --retire disable --dry-run                 # print the requests, send none

Exit codes: 0 ok, 1 API or network error, 2 usage error, 3 not found, 4 missing or rejected credentials, 5 outcome unknown (a create may have happened), 130 interrupted.
Environment: OPENROUTER_MANAGEMENT_KEY (required), OPENROUTER_BASE_URL, NO_COLOR, FORCE_COLOR, COLUMNS.`

export type { Outcome } from './api-command'

/**
 * Builds the commander program. Only the flags are declared here; the command itself (and the
 * client it needs) is imported when it runs, so `--help` and `--version` stay fast.
 */
export function createProgram(
  io: Io,
  report: Reporter,
  onCommand: (outcome: Outcome) => void,
): Command {
  const setting: ActionSetting = { io, report, onCommand }
  const program = new Command('ork')
    .description('List OpenRouter API keys from the terminal: table, JSON, JSONL or CSV.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option(
      '--base-url <url>',
      'API base URL (default: $OPENROUTER_BASE_URL, else https://openrouter.ai/api/v1)',
    )
    .option(
      '--timeout <ms>',
      'timeout per attempt in milliseconds (default: 60000; Infinity, or 2^31 or more: none)',
    )
    .option('--max-retries <n>', 'retries on 408/409/429/5xx and network errors (default: 2)')
    .option('--debug', 'log requests on stderr (the key shown as ***) and show stack traces')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Commander echoes what was typed (`unknown option '--x'`): through the reporter like any
      // other stderr text, so an escape sequence in an argument cannot reach the terminal either.
      writeErr: (text) => report.text(text),
    })
    .addHelpText('after', EXAMPLES)

  const keys = program
    .command('keys')
    .description('OpenRouter API keys')
    .exitOverride()
    .addHelpText('after', EXAMPLES)

  keys
    .command('list')
    .alias('ls')
    .description('list every API key (all pages), or one page with --offset')
    .option('--include-disabled', 'include disabled keys')
    .option('--workspace <uuid>', 'list keys of this workspace (default: the default workspace)')
    .option(
      '--all-workspaces',
      "list the keys of every workspace (adds a WORKSPACE column with the workspace's name)",
    )
    .option('--offset <n>', 'fetch exactly one page, starting at this offset')
    .option('--limit <n>', 'stop after n keys (after the filters and the sort)')
    .option('--expired', 'only keys that have expired')
    .option('--expiring-within <duration>', 'only keys expiring within this time, like 12h or 7d')
    .option('--over-limit', 'only keys with a spending limit and nothing left of it')
    .option(
      '--sort <column>',
      'sort by a column id, ascending unless :desc (like usage:desc); keys without a value last',
    )
    .option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table)`)
    .option('--json', 'same as --format json')
    .option('--columns <list>', `comma-separated table/csv columns, from: ${COLUMN_IDS.join(', ')}`)
    .option(
      '--csv-raw',
      "csv: write text cells as sent; by default a cell starting with = + - @ tab or CR gets a leading ' so spreadsheets do not run it as a formula",
    )
    .exitOverride()
    .addHelpText('after', EXAMPLES)
    .action(
      apiAction(setting, parseKeysListOptions, async (options, context) => {
        const { keysList } = await import('./commands/keys-list')
        return keysList(options, context)
      }),
    )

  registerKeyCommands(keys, setting)
  registerReadCommands(program, setting)
  return program
}

const KEY_ARGUMENT = 'a key hash, a unique hash prefix (8+ characters) or an exact key name'
const SINGLE_FORMAT_HELP = 'output format: table, json (default: table)'
const DRY_RUN_HELP = 'print the request that would be sent (method, path, body); send only reads'

/**
 * The key lifecycle commands. Each action only reads the argv; the flag checks (which use the
 * spec's codecs) and the command are imported when it runs, so `ork --help` loads neither.
 */
function registerKeyCommands(keys: Command, { io, report, onCommand }: ActionSetting): void {
  const run = (command: Command, load: () => Promise<CommandBody>) =>
    onCommand(lazyApiCommand(globalOptionsOf(command, io), io, report, load))

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
    return apiCommand(globals, io, report, body)(signal)
  }
}
