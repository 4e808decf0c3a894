import type { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import { type SetDisabledOptions, setDisabled } from './set-disabled'

/** `ork keys disable <key>...`: stop keys from being used (they can be enabled again). */
export function keysDisable(
  references: readonly string[],
  options: SetDisabledOptions,
  context: CommandContext,
): Promise<ExitCode> {
  return setDisabled(references, true, options, context)
}
