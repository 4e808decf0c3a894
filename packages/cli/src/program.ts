import { Command } from 'commander'
import packageJson from '../package.json' with { type: 'json' }
import { apiCommand, type Outcome } from './api-command'
import type { Io } from './io'
import {
  FORMATS,
  parseGlobalOptions,
  parseKeysListOptions,
  type RawGlobalOptions,
  type RawKeysListOptions,
} from './options'
import { COLUMN_IDS } from './output/column-ids'
import { registerReadCommands } from './program-reads'
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

Exit codes: 0 ok, 1 API or network error, 2 usage error, 4 missing or rejected credentials.
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

  registerReadCommands(program, io, report, onCommand)
  return program
}
