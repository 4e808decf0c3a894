// The flags of the key commands (create, update, rotate, delete…), checked and converted before
// any request. What a valid value is comes from the spec's codecs (the generated descriptors of
// createApiKey and updateApiKey), so the CLI says the same "expected" as the client and the mock.
// Loaded only by those commands, never by `ork --help`.
import type { CreateKeyBody, RetireMode } from '@openrouter-kit/client'
import type { UpdateApiKeyRequest } from '@openrouter-kit/types'
import { type Codec, createApiKey, updateApiKey } from '@openrouter-kit/types/operations'
import { FORMATS, type Format } from '../options'
import { UsageError } from '../usage-error'

/** The codecs of the body fields the flags set, as the spec defines them. */
const CREATE_FIELDS = {
  name: bodyField(createApiKey.body.fields, 'name'),
  limit: bodyField(createApiKey.body.fields, 'limit'),
  limit_reset: bodyField(createApiKey.body.fields, 'limit_reset'),
  expires_at: bodyField(createApiKey.body.fields, 'expires_at'),
  workspace_id: bodyField(createApiKey.body.fields, 'workspace_id'),
}
const UPDATE_FIELDS = {
  name: bodyField(updateApiKey.body.fields, 'name'),
  limit_reset: bodyField(updateApiKey.body.fields, 'limit_reset'),
}

/** One field's codec; a field the spec no longer has is a build-time surprise, not a user's. */
function bodyField(fields: Readonly<Record<string, Codec>>, name: string): Codec {
  const codec = fields[name]
  if (codec === undefined) throw new Error(`the spec's key body has no field ${name}`)
  return codec
}

/** What `--retire` takes; typed so that a mode the client drops or adds breaks the build. */
export const RETIRE_MODES = ['keep', 'disable', 'delete'] as const satisfies readonly RetireMode[]

/** `--expires-at +30d` / `+12h`: hours or days from now. */
const RELATIVE_EXPIRY = /^\+(\d+)([hd])$/
const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS

/** `--limit-reset none` on update: no reset (null). */
const NO_RESET = 'none'

export interface RawKeysCreateOptions {
  name?: string
  spendLimit?: string
  limitReset?: string
  includeByokInLimit?: boolean
  expiresAt?: string
  workspace?: string
  secretFile?: string
  force?: boolean
  dryRun?: boolean
  format?: string
  json?: boolean
}

export interface RawKeysUpdateOptions {
  name?: string
  /** A value, or false for --no-spend-limit. */
  spendLimit?: string | false
  limitReset?: string
  includeByokInLimit?: boolean
  dryRun?: boolean
  format?: string
  json?: boolean
}

export interface RawKeysRotateOptions {
  retire?: string
  secretFile?: string
  force?: boolean
  dryRun?: boolean
  format?: string
  json?: boolean
}

/** How a single result is printed: `table` is human text, `json` one JSON document. */
export type SingleFormat = 'table' | 'json'
const SINGLE_FORMATS: readonly SingleFormat[] = ['table', 'json']

export interface SecretOutput {
  format: SingleFormat
  /** Write the secret here (a new file, mode 0600) instead of stdout. */
  secretFile: string | undefined
  /** Replace an existing --secret-file. */
  force: boolean
}

export interface KeysCreateOptions extends SecretOutput {
  body: CreateKeyBody
  dryRun: boolean
}

export interface KeysUpdateOptions {
  patch: UpdateApiKeyRequest
  dryRun: boolean
  format: SingleFormat
}

export interface KeysRotateOptions extends SecretOutput {
  retire: RetireMode
  dryRun: boolean
}

export function parseKeysCreateOptions(
  raw: RawKeysCreateOptions,
  now: number = Date.now(),
): KeysCreateOptions {
  if (raw.name === undefined) {
    throw new UsageError('--name is required: the name of the new key')
  }
  const body: CreateKeyBody = {
    name: decode('--name', CREATE_FIELDS.name, raw.name) as string,
  }
  if (raw.spendLimit !== undefined) body.limit = parseSpendLimit(raw.spendLimit)
  if (raw.limitReset !== undefined) {
    body.limit_reset = decode(
      '--limit-reset',
      CREATE_FIELDS.limit_reset,
      raw.limitReset,
    ) as CreateKeyBody['limit_reset']
  }
  if (raw.includeByokInLimit) body.include_byok_in_limit = true
  if (raw.expiresAt !== undefined) body.expires_at = parseExpiry(raw.expiresAt, now)
  if (raw.workspace !== undefined) {
    body.workspace_id = decode('--workspace', CREATE_FIELDS.workspace_id, raw.workspace) as string
  }
  return { body, dryRun: raw.dryRun === true, ...parseSecretOutput(raw) }
}

export function parseKeysUpdateOptions(raw: RawKeysUpdateOptions): KeysUpdateOptions {
  const patch: UpdateApiKeyRequest = {}
  if (raw.name !== undefined) patch.name = decode('--name', UPDATE_FIELDS.name, raw.name) as string
  if (raw.spendLimit === false) patch.limit = null
  else if (raw.spendLimit !== undefined) patch.limit = parseSpendLimit(raw.spendLimit)
  if (raw.limitReset === NO_RESET) patch.limit_reset = null
  else if (raw.limitReset !== undefined) {
    patch.limit_reset = decode(
      '--limit-reset',
      UPDATE_FIELDS.limit_reset,
      raw.limitReset,
      `${withoutNull(UPDATE_FIELDS.limit_reset)} or '${NO_RESET}'`,
    ) as UpdateApiKeyRequest['limit_reset']
  }
  if (raw.includeByokInLimit !== undefined) patch.include_byok_in_limit = raw.includeByokInLimit
  if (Object.keys(patch).length === 0) {
    throw new UsageError(
      'nothing to change: give at least one of --name, --spend-limit, --no-spend-limit, --limit-reset, --include-byok-in-limit, --no-include-byok-in-limit',
    )
  }
  return { patch, dryRun: raw.dryRun === true, format: parseSingleFormat(raw) }
}

export function parseKeysRotateOptions(raw: RawKeysRotateOptions): KeysRotateOptions {
  const retire = raw.retire ?? 'keep'
  if (!(RETIRE_MODES as readonly string[]).includes(retire)) {
    throw new UsageError(
      `--retire must be one of ${RETIRE_MODES.join(', ')}, got ${JSON.stringify(retire)}`,
    )
  }
  return { retire: retire as RetireMode, dryRun: raw.dryRun === true, ...parseSecretOutput(raw) }
}

/** `--format table|json|jsonl|csv` and `--json` for a command that prints a list of keys. */
export function parseListFormat(raw: { format?: string; json?: boolean }): Format {
  if (raw.format === undefined) return raw.json ? 'json' : 'table'
  if (!(FORMATS as readonly string[]).includes(raw.format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(raw.format)}`,
    )
  }
  if (raw.json && raw.format !== 'json') {
    throw new UsageError(`--json means --format json and conflicts with --format ${raw.format}`)
  }
  return raw.format as Format
}

/** `--format table|json` and `--json` for a command that prints one result. */
export function parseSingleFormat(raw: { format?: string; json?: boolean }): SingleFormat {
  if (raw.format === undefined) return raw.json ? 'json' : 'table'
  if (!(SINGLE_FORMATS as readonly string[]).includes(raw.format)) {
    throw new UsageError(
      `--format must be one of ${SINGLE_FORMATS.join(', ')} here, got ${JSON.stringify(raw.format)}`,
    )
  }
  if (raw.json && raw.format !== 'json') {
    throw new UsageError(`--json means --format json and conflicts with --format ${raw.format}`)
  }
  return raw.format as SingleFormat
}

function parseSecretOutput(raw: {
  secretFile?: string
  force?: boolean
  format?: string
  json?: boolean
}): SecretOutput {
  if (raw.secretFile === '') throw new UsageError('--secret-file must be a path, got ""')
  if (raw.force && raw.secretFile === undefined) {
    throw new UsageError('--force applies to --secret-file only (it replaces an existing file)')
  }
  return {
    format: parseSingleFormat(raw),
    secretFile: raw.secretFile,
    force: raw.force === true,
  }
}

/** `--spend-limit <usd>`: the API's `limit`, a number of dollars >= 0. */
function parseSpendLimit(text: string): number {
  const expected = `an amount in USD (${withoutNull(CREATE_FIELDS.limit)})`
  // "null" would pass the nullable codec; no limit is spelt --no-spend-limit (update) instead.
  const value =
    text.trim() === 'null'
      ? undefined
      : decode('--spend-limit', CREATE_FIELDS.limit, text, expected)
  if (typeof value !== 'number') {
    throw new UsageError(`--spend-limit must be ${expected}, got ${JSON.stringify(text)}`)
  }
  return value
}

/** `--expires-at`: an ISO 8601 date-time, or `+<n>d` / `+<n>h` from now. */
function parseExpiry(text: string, now: number): string {
  const relative = RELATIVE_EXPIRY.exec(text.trim())
  if (relative) {
    const amount = Number(relative[1])
    const unit = relative[2] === 'd' ? DAY_MS : HOUR_MS
    if (amount === 0) {
      throw new UsageError(`--expires-at must lie in the future, got ${JSON.stringify(text)}`)
    }
    return new Date(now + amount * unit).toISOString()
  }
  const checked = CREATE_FIELDS.expires_at.decodeText(text)
  if (!checked.ok || typeof checked.value !== 'string') {
    throw new UsageError(
      `--expires-at must be ${withoutNull(CREATE_FIELDS.expires_at)} or +<n>d / +<n>h from now, got ${JSON.stringify(text)}`,
    )
  }
  if (Date.parse(checked.value) <= now) {
    throw new UsageError(`--expires-at must lie in the future, got ${JSON.stringify(text)}`)
  }
  return checked.value
}

/** The value `codec` reads from `text`, or a usage error naming the flag and what it expects. */
function decode(flag: string, codec: Codec, text: string, expected?: string): unknown {
  const checked = codec.decodeText(text)
  if (!checked.ok) {
    throw new UsageError(
      `${flag} must be ${expected ?? withoutNull(codec)}, got ${JSON.stringify(text)}`,
    )
  }
  return checked.value
}

/** A nullable codec's words without "or null": the CLI spells "no value" with its own flags. */
function withoutNull(codec: Codec): string {
  return codec.expected.replace(/ or null$/, '').replace(/, or a Date$/, '')
}
