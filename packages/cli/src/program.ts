import { Command } from 'commander'
import packageJson from '../package.json' with { type: 'json' }
import type { CommandBody } from './commands/context'
import type { Io } from './io'
import {
  FORMATS,
  type GlobalOptions,
  parseGlobalOptions,
  parseKeysListOptions,
  type RawGlobalOptions,
  type RawKeysListOptions,
} from './options'
import { COLUMN_IDS } from './output/column-ids'
import { registerKeyCommands } from './program-keys'
import type { Reporter } from './report'

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

/** What the command asked for, decided once the argv has been read. */
export type Outcome = (signal: AbortSignal) => Promise<number>

/**
 * Builds the commander program. Only the flags are declared here; the command itself (and the
 * client it needs) is imported when it runs, so `--help` and `--version` stay fast.
 */
export function createProgram(
  io: Io,
  report: Reporter,
  onCommand: (outcome: Outcome) => void,
): Command {
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
    .option('--offset <n>', 'fetch exactly one page, starting at this offset')
    .option('--limit <n>', 'stop after n keys')
    .option('--format <format>', `output format: ${FORMATS.join(', ')} (default: table)`)
    .option('--json', 'same as --format json')
    .option('--columns <list>', `comma-separated table/csv columns, from: ${COLUMN_IDS.join(', ')}`)
    .option(
      '--csv-raw',
      "csv: write text cells as sent; by default a cell starting with = + - @ tab or CR gets a leading ' so spreadsheets do not run it as a formula",
    )
    .exitOverride()
    .addHelpText('after', EXAMPLES)
    .action((raw: RawKeysListOptions, command: Command) => {
      // Checked here, before any import or request: a bad flag costs nothing.
      const globals = parseGlobalOptions(command.optsWithGlobals<RawGlobalOptions>(), io.env)
      const options = parseKeysListOptions(raw)
      onCommand(
        apiCommand(globals, io, report, async (context) => {
          const { keysList } = await import('./commands/keys-list')
          return keysList(options, context)
        }),
      )
    })

  registerKeyCommands(keys, io, report, onCommand)
  return program
}

/**
 * A command that talks to the API, run through runCommand (commands/context.ts): the client,
 * the error line and the exit code, the same for every command. Imported only when it runs.
 */
function apiCommand(globals: GlobalOptions, io: Io, report: Reporter, body: CommandBody): Outcome {
  return async (signal) => {
    const { runCommand } = await import('./commands/context')
    return runCommand(body, { globals, io, report, signal })
  }
}
