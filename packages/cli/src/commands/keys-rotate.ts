import { RotationError, rotationSuccessorBody } from '@openrouter-kit/client'
import { createApiKey, deleteApiKey, updateApiKey } from '@openrouter-kit/types/operations'
import { ExitCode } from '../exit-codes'
import type { CommandContext } from './context'
import type { KeysRotateOptions } from './key-flags'
import { DRY_RUN_NOTE, keyTitle, printDryRun } from './key-output'
import { resolveKey } from './resolve-key'
import { deliverSecret, interruptedCreateNote, openSecretFile } from './secret-output'

/**
 * `ork keys rotate <key>`: a successor with the old key's settings (the client's rotate), then
 * the old key kept, disabled or deleted (--retire). The new secret is printed like create's.
 * When retiring fails the successor exists: its secret is still handed over, then the error.
 */
export async function keysRotate(
  reference: string,
  options: KeysRotateOptions,
  context: CommandContext,
): Promise<ExitCode> {
  const { client, io, report, signal } = context
  const old = await resolveKey(client, reference, { signal })
  if (options.dryRun) {
    printDryRun(io, createApiKey, {}, rotationSuccessorBody(old))
    if (options.retire === 'disable') {
      printDryRun(io, updateApiKey, { hash: old.hash }, { disabled: true })
    }
    if (options.retire === 'delete') printDryRun(io, deleteApiKey, { hash: old.hash })
    report.line(DRY_RUN_NOTE)
    return ExitCode.Ok
  }
  const file = await openSecretFile(options)
  try {
    const rotated = await client.keys.rotate(old.hash, { retire: options.retire }, { signal })
    await deliverSecret(rotated, options, file, context)
    report.line(`old key ${keyTitle(old)}: ${retiredAs(options)}`)
    return ExitCode.Ok
  } catch (error) {
    if (!RotationError.isInstance(error)) {
      await file?.discard()
      if (signal.aborted) report.line(interruptedCreateNote(old.name))
      throw error
    }
    // The successor exists and its secret is known only here: hand it over before failing.
    await deliverSecret(error.created, options, file, context)
    throw error
  }
}

function retiredAs(options: KeysRotateOptions): string {
  if (options.retire === 'disable') return 'disabled'
  if (options.retire === 'delete') return 'deleted'
  return 'kept in service (disable it once the new secret is deployed)'
}
