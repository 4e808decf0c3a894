import type { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import { type SetDisabledOptions, setDisabled } from './set-disabled'

/** `ork keys enable <key>...`: let disabled keys be used again. */
export function keysEnable(
  references: readonly string[],
  options: SetDisabledOptions,
  context: CommandContext,
): Promise<ExitCode> {
  return setDisabled(references, false, options, context)
}
