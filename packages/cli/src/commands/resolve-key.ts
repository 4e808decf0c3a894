// `<key>` on the command line: a full hash, a unique hash prefix of at least
// MIN_HASH_PREFIX characters, or the exact name of exactly one key. Several references are
// resolved together, before any command changes anything, from one shared listing.
import { NotFoundError, type OpenRouterClient } from '@openrouter-kit/client'
import type { ApiKey } from '@openrouter-kit/types'
import { CommandError } from '../command-error'
import { ExitCode } from '../exit-codes'

/** The shortest hash prefix accepted: shorter ones match by chance too easily. */
export const MIN_HASH_PREFIX = 8

/** A key's hash: 64 lowercase hex digits (SHA-256). */
const FULL_HASH = /^[0-9a-f]{64}$/
const HEX = /^[0-9a-f]+$/

export interface ResolveOptions {
  signal?: AbortSignal | undefined
  /** Look in this workspace (default: the default workspace). Full hashes are found anywhere. */
  workspaceId?: string | undefined
}

/** What each reference resolved to; `missing` holds the references that matched no key. */
export interface Resolution {
  keys: ApiKey[]
  missing: string[]
}

/**
 * Resolves every reference or throws: a CommandError with exit 2 listing the matches when one is
 * ambiguous, with exit 3 when one matches nothing. Nothing is changed by resolving.
 */
export async function resolveKeys(
  client: OpenRouterClient,
  references: readonly string[],
  options: ResolveOptions = {},
): Promise<ApiKey[]> {
  const { keys, missing } = await findKeys(client, references, options)
  if (missing.length > 0) throw noMatch(missing)
  return keys
}

/** One reference: `resolveKeys` for a single `<key>` (e.g. `activity --key`). */
export async function resolveKey(
  client: OpenRouterClient,
  reference: string,
  options: ResolveOptions = {},
): Promise<ApiKey> {
  const [key] = await resolveKeys(client, [reference], options)
  return key as ApiKey
}

/**
 * Like resolveKeys, but a reference that matches nothing is returned in `missing` instead of
 * failing (`delete --ignore-missing`). An ambiguous reference still throws.
 */
export async function findKeys(
  client: OpenRouterClient,
  references: readonly string[],
  { signal, workspaceId }: ResolveOptions = {},
): Promise<Resolution> {
  const needsListing = references.some((reference) => !FULL_HASH.test(reference))
  const listed = needsListing
    ? await client.keys
        .listAll({ include_disabled: true, workspace_id: workspaceId }, { signal })
        .toArray()
    : []
  const keys: ApiKey[] = []
  const missing: string[] = []
  for (const reference of references) {
    const key = await findOne(client, reference, listed, signal)
    if (key === undefined) missing.push(reference)
    // The same key named twice (by hash and by name) is acted on once.
    else if (!keys.some((known) => known.hash === key.hash)) keys.push(key)
  }
  return { keys, missing }
}

async function findOne(
  client: OpenRouterClient,
  reference: string,
  listed: readonly ApiKey[],
  signal: AbortSignal | undefined,
): Promise<ApiKey | undefined> {
  if (FULL_HASH.test(reference)) {
    const inListing = listed.find((key) => key.hash === reference)
    if (inListing) return inListing
    // Not in the default workspace's listing (or nothing was listed): ask for it by hash, which
    // finds a key in any workspace.
    return getOrUndefined(client, reference, signal)
  }
  const prefix = reference.toLowerCase()
  const byPrefix = prefix.length >= MIN_HASH_PREFIX && HEX.test(prefix)
  const matches = listed.filter(
    (key) => key.name === reference || (byPrefix && key.hash.startsWith(prefix)),
  )
  if (matches.length > 1) throw ambiguous(reference, matches)
  return matches[0]
}

async function getOrUndefined(
  client: OpenRouterClient,
  hash: string,
  signal: AbortSignal | undefined,
): Promise<ApiKey | undefined> {
  try {
    return (await client.keys.get(hash, { signal })).data
  } catch (error) {
    if (NotFoundError.isInstance(error)) return undefined
    throw error
  }
}

function ambiguous(reference: string, matches: readonly ApiKey[]): CommandError {
  return new CommandError(
    `${JSON.stringify(reference)} matches ${matches.length} keys; give the full hash or a longer prefix:`,
    ExitCode.Usage,
    matches.map((key) => `${key.name} (${key.hash})`),
  )
}

function noMatch(missing: readonly string[]): CommandError {
  const which = missing.map((reference) => JSON.stringify(reference)).join(', ')
  const short = missing.filter(
    (reference) => reference.length < MIN_HASH_PREFIX && HEX.test(reference.toLowerCase()),
  )
  const hint =
    short.length > 0
      ? ` (a hash prefix needs at least ${MIN_HASH_PREFIX} characters)`
      : ' (a key is a hash, a hash prefix of at least 8 characters, or an exact name)'
  return new CommandError(`no key matches ${which}${hint}`, ExitCode.NotFound)
}
