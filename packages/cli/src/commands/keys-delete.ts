import { NotFoundError } from '@openrouter-kit/client'
import type { ApiKey } from '@openrouter-kit/types'
import { deleteApiKey } from '@openrouter-kit/types/operations'
import { CommandError } from '../command-error'
import { ExitCode } from '../exit-codes'
import { UsageError } from '../usage-error'
import { isYes, processTerminal, type Terminal } from './confirm'
import type { CommandContext } from './context'
import { DRY_RUN_NOTE, keyTitle, printDryRun } from './key-output'
import { findKeys, resolveKeys } from './resolve-key'

export interface KeysDeleteOptions {
  yes: boolean
  ignoreMissing: boolean
  dryRun: boolean
}

/**
 * `ork keys delete <key>...`: every <key> resolved first; then, unless --yes, one question per
 * key on a terminal (a no to any deletes nothing), or a usage error without one. --ignore-missing
 * makes a <key> that matches nothing (or a key gone by the time it is deleted) a success.
 */
export async function keysDelete(
  references: readonly string[],
  options: KeysDeleteOptions,
  context: CommandContext,
  terminal: Terminal = processTerminal(context.report),
): Promise<ExitCode> {
  const { client, io, report, signal } = context
  const keys = await resolveForDelete(references, options, context)
  if (options.dryRun) {
    for (const key of keys) printDryRun(io, deleteApiKey, { hash: key.hash })
    report.line(DRY_RUN_NOTE)
    return ExitCode.Ok
  }
  if (!options.yes) {
    if (!terminal.interactive) {
      throw new UsageError(
        'keys delete needs --yes when stdin is not a terminal (nothing was deleted)',
      )
    }
    for (const key of keys) {
      const answer = await terminal.ask(`Delete key ${keyTitle(key)}? [y/N] `, signal)
      if (!isYes(answer)) {
        throw new CommandError('not confirmed: nothing was deleted', ExitCode.Usage)
      }
    }
  }
  for (const key of keys) {
    try {
      await client.keys.delete(key.hash, { signal })
      io.stdout.write(`deleted ${keyTitle(key)}\n`)
    } catch (error) {
      // Gone between the listing and the delete: what --ignore-missing asked for.
      if (!(options.ignoreMissing && NotFoundError.isInstance(error))) throw error
      report.line(`already gone: ${keyTitle(key)}`)
    }
  }
  return ExitCode.Ok
}

async function resolveForDelete(
  references: readonly string[],
  options: KeysDeleteOptions,
  { client, report, signal }: CommandContext,
): Promise<ApiKey[]> {
  if (!options.ignoreMissing) return resolveKeys(client, references, { signal })
  const { keys, missing } = await findKeys(client, references, { signal })
  for (const reference of missing)
    report.line(`no key matches ${JSON.stringify(reference)}: nothing to delete`)
  return keys
}
