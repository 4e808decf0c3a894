// The read-only commands besides `keys list`: `workspaces list`, `credits`, `activity`, and
// `completion`. Only their flags are declared here; each command's code is imported when it runs
// (one file per command under commands/), so `--help` and `--version` stay fast.
import { Argument, type Command } from 'commander'
import { type ActionSetting, apiAction } from './api-command'
import { ExitCode } from './exit-codes'
import { FORMATS } from './options'
import {
  CREDITS_FORMATS,
  parseActivityOptions,
  parseCreditsFormat,
  parseListOutputOptions,
} from './reads-options'

export const COMPLETION_SHELLS = ['bash', 'zsh', 'fish'] as const
export type CompletionShell = (typeof COMPLETION_SHELLS)[number]

const FORMAT_HELP = `output format: ${FORMATS.join(', ')} (default: table)`
const CSV_RAW_HELP = "csv: text cells as sent, without the leading ' that guards formulas"

export function registerReadCommands(program: Command, setting: ActionSetting): void {
  const workspaces = program
    .command('workspaces')
    .description('OpenRouter workspaces')
    .exitOverride()
  workspaces
    .command('list')
    .alias('ls')
    .description('list every workspace (all pages)')
    .option('--format <format>', FORMAT_HELP)
    .option('--json', 'same as --format json')
    .option('--csv-raw', CSV_RAW_HELP)
    .exitOverride()
    .action(
      apiAction(setting, parseListOutputOptions, async (options, context) => {
        const { workspacesList } = await import('./commands/workspaces-list')
        return workspacesList(options, context)
      }),
    )

  program
    .command('credits')
    .description('credits bought, used, and what is left')
    .option('--format <format>', `output format: ${CREDITS_FORMATS.join(', ')} (default: table)`)
    .option('--json', 'same as --format json')
    .exitOverride()
    .action(
      apiAction(setting, parseCreditsFormat, async (format, context) => {
        const { credits } = await import('./commands/credits')
        return credits(format, context)
      }),
    )

  program
    .command('activity')
    .description('usage of the last 30 UTC days, per day and model')
    .option('--key <key>', 'only this key: a hash, a unique hash prefix (8+) or an exact name')
    .option('--date <YYYY-MM-DD>', 'only this UTC day (one of the last 30)')
    .option('--workspace <uuid>', 'only activity of this workspace')
    .option('--format <format>', FORMAT_HELP)
    .option('--json', 'same as --format json (the rows as the API sent them)')
    .option('--csv-raw', CSV_RAW_HELP)
    .exitOverride()
    .action(
      apiAction(setting, parseActivityOptions, async (options, context) => {
        const { activity } = await import('./commands/activity')
        return activity(options, context)
      }),
    )

  program
    .command('completion')
    .description(`print a shell completion script: ${COMPLETION_SHELLS.join(', ')}`)
    // Commander checks the choice (exit 2 with the allowed values) and completion offers them.
    .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
    .exitOverride()
    .action((shell: CompletionShell) => {
      setting.onCommand(async () => {
        const { completionScript } = await import('./completion/script')
        setting.io.stdout.write(completionScript(program, shell))
        return ExitCode.Ok
      })
    })
}
