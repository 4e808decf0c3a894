import { createApiKey } from '@openrouter-kit/types/operations'
import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { KeysCreateOptions } from './key-flags'
import { DRY_RUN_NOTE, printDryRun } from './key-output'
import { deliverSecret, interruptedCreateNote, openSecretFile } from './secret-output'

/**
 * `ork keys create`: one POST /keys, never retried (the client's create). An unknown outcome
 * (CreateOutcomeUnknownError) reaches runCommand, which lists the candidates and exits 5.
 */
export async function keysCreate(
  options: KeysCreateOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { client, io, report, signal } = context
  if (options.dryRun) {
    printDryRun(io, createApiKey, {}, options.body)
    report.line(DRY_RUN_NOTE)
    return ExitCode.Ok
  }
  const file = await openSecretFile(options)
  let created: Awaited<ReturnType<typeof client.keys.create>>
  try {
    created = await client.keys.create(options.body, { signal })
  } catch (error) {
    await file?.discard()
    // Ctrl-C after the POST left: the key may exist, and the client looked for nothing.
    if (signal.aborted) report.line(interruptedCreateNote(options.body.name))
    throw error
  }
  await deliverSecret(created, options, file, context)
  return ExitCode.Ok
}
