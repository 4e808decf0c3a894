import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { SingleFormat } from './key-flags'
import { renderFields, renderJsonDocument } from './key-output'

/** `ork keys current`: the key in use (GET /key), i.e. OPENROUTER_MANAGEMENT_KEY's own record. */
export async function keysCurrent(
  format: SingleFormat,
  { client, io, signal }: CommandContext,
): Promise<ExitCode> {
  const { data } = await client.keys.current({ signal })
  io.stdout.write(format === 'json' ? renderJsonDocument(data) : renderFields(data))
  return ExitCode.Ok
}
