import { updateApiKey } from '@openrouter-kit/types/operations'
import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { KeysUpdateOptions } from './key-flags'
import { DRY_RUN_NOTE, printDryRun, renderFields, renderJsonDocument } from './key-output'
import { resolveKey } from './resolve-key'

/** `ork keys update <key>`: one PATCH with the fields given; prints the key as it is after. */
export async function keysUpdate(
  reference: string,
  options: KeysUpdateOptions,
  { client, io, report, signal }: CommandContext,
): Promise<ExitCode> {
  const key = await resolveKey(client, reference, { signal })
  if (options.dryRun) {
    printDryRun(io, updateApiKey, { hash: key.hash }, options.patch)
    report.line(DRY_RUN_NOTE)
    return ExitCode.Ok
  }
  const { data } = await client.keys.update(key.hash, options.patch, { signal })
  io.stdout.write(options.format === 'json' ? renderJsonDocument(data) : renderFields(data))
  return ExitCode.Ok
}
