// `<key>` resolution against the mock over real HTTP: hash, prefix, name, ambiguous, missing,
// and one shared listing for several references.
import { createOpenRouterClient } from '@openrouter-kit/client'
import { describe, expect, test } from 'vitest'
import { CommandError } from '../command-error'
import { ExitCode } from '../exit-codes'
import { makeKey } from '../testing/make-key'
import { mockFixture } from '../testing/mock-fixture'
import { findKeys, resolveKey, resolveKeys } from './resolve-key'

const HASH_A = `aaaaaaaa11${'0'.repeat(54)}`
const HASH_B = `aaaaaaaa22${'0'.repeat(54)}`
const HASH_C = `cccccccc33${'0'.repeat(54)}`

const startMock = mockFixture()

async function start() {
  const { mock, url, env } = await startMock({
    keys: [
      makeKey({ hash: HASH_A, name: 'ci' }),
      makeKey({ hash: HASH_B, name: 'ci' }),
      makeKey({ hash: HASH_C, name: 'deploy', disabled: true }),
    ],
  })
  const client = createOpenRouterClient({ apiKey: env.OPENROUTER_MANAGEMENT_KEY, baseURL: url })
  return { mock, client }
}

async function failure(promise: Promise<unknown>): Promise<CommandError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(CommandError)
  return error as CommandError
}

describe('resolveKey', () => {
  test('a full hash is fetched by hash, with no listing', async () => {
    const { mock, client } = await start()
    expect((await resolveKey(client, HASH_C)).name).toBe('deploy')
    expect(mock.requests.map((request) => request.operation)).toEqual(['getApiKey'])
  })

  test('a unique prefix of 8 characters or more, in any case; a disabled key too', async () => {
    const { client } = await start()
    expect((await resolveKey(client, 'cccccccc')).hash).toBe(HASH_C)
    expect((await resolveKey(client, 'AAAAAAAA11')).hash).toBe(HASH_A)
  })

  test('an exact name that matches one key', async () => {
    const { client } = await start()
    expect((await resolveKey(client, 'deploy')).hash).toBe(HASH_C)
  })

  test('ambiguous: a usage error listing every match, name and hash', async () => {
    const { client } = await start()
    for (const reference of ['ci', 'aaaaaaaa']) {
      const error = await failure(resolveKey(client, reference))
      expect(error.exitCode).toBe(ExitCode.Usage)
      expect(error.message).toContain(`"${reference}" matches 2 keys`)
      expect(error.details).toEqual([`ci (${HASH_A})`, `ci (${HASH_B})`])
    }
  })

  test('nothing matches: exit 3; a short prefix is never a match and says why', async () => {
    const { client } = await start()
    const missing = await failure(resolveKey(client, 'nope'))
    expect(missing.exitCode).toBe(ExitCode.NotFound)
    expect(missing.message).toContain('no key matches "nope"')
    const short = await failure(resolveKey(client, 'ccccccc'))
    expect(short.exitCode).toBe(ExitCode.NotFound)
    expect(short.message).toContain('at least 8 characters')
    const absentHash = await failure(resolveKey(client, 'f'.repeat(64)))
    expect(absentHash.exitCode).toBe(ExitCode.NotFound)
  })
})

describe('several references', () => {
  test('one listing is shared; the same key twice is returned once', async () => {
    const { mock, client } = await start()
    const keys = await resolveKeys(client, ['deploy', 'aaaaaaaa11', HASH_C, HASH_B])
    expect(keys.map((key) => key.hash)).toEqual([HASH_C, HASH_A, HASH_B])
    // One listing (its first page, then the one that shows it ended), no get by hash.
    const operations = mock.requests.map((request) => request.operation)
    expect(operations).toEqual(['listApiKeys', 'listApiKeys'])
    expect(mock.requests[0]?.query.offset).toBe('0')
  })

  test('one that does not resolve fails the whole set; findKeys reports it instead', async () => {
    const { client } = await start()
    const error = await failure(resolveKeys(client, ['deploy', 'gone']))
    expect(error.message).toContain('"gone"')
    expect(await findKeys(client, ['deploy', 'gone'])).toEqual({
      keys: [expect.objectContaining({ hash: HASH_C })],
      missing: ['gone'],
    })
  })
})
