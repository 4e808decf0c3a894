// What `keys disable` and `keys enable` share: resolve every <key> first, then one PATCH each.
import type { ApiKey } from '@openrouter-kit/types'
import { updateApiKey } from '@openrouter-kit/types/operations'
import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { SingleFormat } from './key-flags'
import { DRY_RUN_NOTE, keyTitle, printDryRun, renderJsonDocument } from './key-output'
import { resolveKeys } from './resolve-key'

export interface SetDisabledOptions {
  dryRun: boolean
  format: SingleFormat
}

export async function setDisabled(
  references: readonly string[],
  disabled: boolean,
  options: SetDisabledOptions,
  { client, io, report, signal }: CommandContext,
): Promise<ExitCode> {
  // Every <key> resolves before anything changes: one that does not changes nothing.
  const keys = await resolveKeys(client, references, { signal })
  if (options.dryRun) {
    for (const key of keys) printDryRun(io, updateApiKey, { hash: key.hash }, { disabled })
    report.line(DRY_RUN_NOTE)
    return ExitCode.Ok
  }
  const changed: ApiKey[] = []
  for (const key of keys) {
    const { data } = disabled
      ? await client.keys.disable(key.hash, { signal })
      : await client.keys.enable(key.hash, { signal })
    changed.push(data)
    if (options.format === 'table')
      io.stdout.write(`${disabled ? 'disabled' : 'enabled'} ${keyTitle(data)}\n`)
  }
  if (options.format === 'json') io.stdout.write(renderJsonDocument(changed))
  return ExitCode.Ok
}
