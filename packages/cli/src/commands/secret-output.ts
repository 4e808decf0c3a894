// Where a new key's secret goes (create and rotate): alone on one line of stdout, so that
// `KEY=$(ork keys create --name ci)` works, or into a new file with mode 0600. The summary and
// the warning go to stderr. The file is opened BEFORE the key is created: a path that cannot be
// written must fail while nothing exists yet, never after a secret was made that nobody holds.
import { type FileHandle, open, unlink } from 'node:fs/promises'
import type { ApiKey } from '@openrouter-kit/types'
import { UsageError } from '../usage-error'
import type { CommandContext } from './context'
import type { SecretOutput } from './key-flags'
import { renderJsonDocument, summaryLines } from './key-output'

/** Owner read and write only: a secret file nobody else on the machine can read. */
const SECRET_FILE_MODE = 0o600

export const STORE_WARNING = 'store this secret now: it cannot be shown again'

/** Said when Ctrl-C stops a create that may already have reached the API. */
export function interruptedCreateNote(name: string): string {
  return `interrupted: the key ${JSON.stringify(name)} may have been created all the same; check with \`ork keys list\` and delete what you cannot use`
}

/** A secret file opened ahead of the create; `discard` removes it when no secret came. */
export interface SecretFile {
  path: string
  handle: FileHandle
  discard(): Promise<void>
}

/**
 * Opens `--secret-file`: a new file (flag 'wx', mode 0600), or with --force an existing one,
 * truncated and set to mode 0600. Undefined without --secret-file.
 */
export async function openSecretFile(output: SecretOutput): Promise<SecretFile | undefined> {
  const path = output.secretFile
  if (path === undefined) return undefined
  let handle: FileHandle
  try {
    handle = await open(path, output.force ? 'w' : 'wx', SECRET_FILE_MODE)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      throw new UsageError(
        `--secret-file ${JSON.stringify(path)} exists; choose a new path or add --force to replace it`,
      )
    }
    throw new UsageError(
      `--secret-file ${JSON.stringify(path)} cannot be written: ${(error as Error).message}`,
    )
  }
  // An existing file keeps its mode on open: set it, so a replaced file is private too.
  await handle.chmod(SECRET_FILE_MODE)
  return {
    path,
    handle,
    discard: async () => {
      await handle.close()
      await unlink(path).catch(() => undefined)
    },
  }
}

/**
 * Hands the new secret over: to the file (stdout then shows the summary), or alone on stdout
 * (the summary on stderr). With --format json stdout is `{ data, key }` either way, without
 * `key` when the secret went to a file.
 */
export async function deliverSecret(
  created: { data: ApiKey; key: string },
  output: SecretOutput,
  file: SecretFile | undefined,
  { io, report }: Pick<CommandContext, 'io' | 'report'>,
): Promise<void> {
  // From now on the secret is hidden from every stderr line, --debug logs included.
  report.addSecret(created.key)
  const summary = summaryLines(created.data)
  if (file) {
    await file.handle.writeFile(`${created.key}\n`)
    await file.handle.close()
    if (output.format === 'json') io.stdout.write(renderJsonDocument({ data: created.data }))
    else io.stdout.write(summary.map((line) => `${line}\n`).join(''))
    report.line(`secret written to ${file.path} (mode 0600): it cannot be shown again`)
    return
  }
  if (output.format === 'json') {
    io.stdout.write(renderJsonDocument({ data: created.data, key: created.key }))
  } else {
    io.stdout.write(`${created.key}\n`)
  }
  for (const line of summary) report.line(line)
  report.line(STORE_WARNING)
}
