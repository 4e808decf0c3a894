// What `keys disable` and `keys enable` share: resolve every <key> first, then one PATCH each.
import type { ApiKey } from '@openrouter-kit/types'
import { updateApiKey } from '@openrouter-kit/types/operations'
import { ExitCode } from '../exit-codes'
import type { Format } from '../options'
import { DEFAULT_CSV_COLUMNS } from '../output/column-ids'
import { renderCsv } from '../output/csv'
import { renderJson, renderJsonl } from '../output/json'
import type { CommandContext } from './context'
import { DRY_RUN_NOTE, keyTitle, printDryRun } from './key-output'
import { resolveKeys } from './resolve-key'

export interface SetDisabledOptions {
  dryRun: boolean
  /** table: one `disabled name (hash)` line per key as it is done; the others: the keys after. */
  format: Format
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
  if (options.format === 'json') io.stdout.write(renderJson(changed))
  if (options.format === 'jsonl') io.stdout.write(renderJsonl(changed))
  if (options.format === 'csv') io.stdout.write(renderCsv(changed, DEFAULT_CSV_COLUMNS))
  return ExitCode.Ok
}
