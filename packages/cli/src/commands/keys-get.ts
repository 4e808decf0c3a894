import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { SingleFormat } from './key-flags'
import { renderFields, renderJsonDocument } from './key-output'
import { resolveKey } from './resolve-key'

/** `ork keys get <key>`: one key, every field, by hash, hash prefix or name. */
export async function keysGet(
  reference: string,
  format: SingleFormat,
  { client, io, signal }: CommandContext,
): Promise<ExitCode> {
  const key = await resolveKey(client, reference, { signal })
  io.stdout.write(format === 'json' ? renderJsonDocument(key) : renderFields(key))
  return ExitCode.Ok
}
