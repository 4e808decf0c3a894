// Integration: the BUILT `ork` key lifecycle commands as child processes against the mock over
// real HTTP: what reaches stdout and stderr, what the mock received, and every exit code.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MockServer, MockServerOptions } from '@openrouter-kit/mock'
import { afterEach, describe, expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { mockFixture } from '../testing/mock-fixture'
import { spawnOrk } from '../testing/run-ork'

const MANAGEMENT_KEY = 'sk-or-v1-0123456789abcdef-test-secret'
/** What a key secret looks like (the mock issues them as OpenRouter does). */
const SECRET_SHAPE = /sk-or-v1-[0-9a-f]{64}/
const HASH_CI_1 = `aaaaaaaa11${'0'.repeat(54)}`
const HASH_CI_2 = `aaaaaaaa22${'0'.repeat(54)}`
const HASH_DEPLOY = `dddddddd33${'0'.repeat(54)}`
/** A hash no key has. */
const ABSENT_HASH = 'f'.repeat(64)

let scratch: string | undefined
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
  scratch = undefined
})

const startMock = mockFixture()
const start = (options: MockServerOptions = {}) =>
  startMock({
    managementKeys: [MANAGEMENT_KEY],
    keys: [
      makeKey({ hash: HASH_CI_1, name: 'ci', limit: null, limit_remaining: null }),
      makeKey({ hash: HASH_CI_2, name: 'ci' }),
      makeKey({ hash: HASH_DEPLOY, name: 'deploy' }),
    ],
    ...options,
  })

/** Operation ids the mock received, in order. */
const operations = (mock: MockServer) => mock.requests.map((request) => request.operation)
const MUTATIONS = new Set(['createApiKey', 'updateApiKey', 'deleteApiKey'])
const mutations = (mock: MockServer) =>
  operations(mock).filter((operation) => MUTATIONS.has(String(operation)))

function scratchDirectory(): string {
  scratch = mkdtempSync(join(tmpdir(), 'ork-keys-'))
  return scratch
}

describe('keys create', () => {
  test('the secret alone on stdout; the summary and the warning on stderr, never the secret', async () => {
    const { mock, ork } = await start()
    const result = await ork([
      'keys',
      'create',
      '--name',
      'ci-new',
      '--spend-limit',
      '12.5',
      '--limit-reset',
      'weekly',
      '--include-byok-in-limit',
      '--expires-at',
      '+30d',
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^sk-or-v1-[0-9a-f]{64}\n$/)
    const secret = result.stdout.trim()
    expect(result.stderr).not.toContain(secret)
    expect(result.stderr).not.toMatch(SECRET_SHAPE)
    expect(result.stderr).toContain('name: ci-new')
    expect(result.stderr).toContain('limit: $12.50 ($12.50 left), resets weekly')
    expect(result.stderr).toContain('store this secret now: it cannot be shown again')
    const created = mock.listKeys().find((key) => key.name === 'ci-new')
    expect(created).toMatchObject({
      limit: 12.5,
      limit_reset: 'weekly',
      include_byok_in_limit: true,
    })
    const days = (Date.parse(created?.expires_at ?? '') - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(29.9)
    expect(days).toBeLessThanOrEqual(30)
    expect(result.stderr).toContain(`hash: ${created?.hash}`)
    expect(mutations(mock)).toEqual(['createApiKey'])
  })

  test('--format json: stdout is { data, key }; --workspace creates it there', async () => {
    const { mock, ork } = await start()
    const workspace = mock.listWorkspaces()[1]?.id as string
    const result = await ork(['keys', 'create', '--name', 'w', '--workspace', workspace, '--json'])
    expect(result.code).toBe(0)
    const body = JSON.parse(result.stdout)
    expect(Object.keys(body)).toEqual(['data', 'key'])
    expect(body.key).toMatch(SECRET_SHAPE)
    expect(body.data.workspace_id).toBe(workspace)
    expect(result.stderr).not.toContain(body.key)
  })

  test('--debug logs the requests and never the secret', async () => {
    const { ork } = await start()
    const result = await ork(['keys', 'create', '--name', 'dbg', '--debug'])
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('[ork debug] POST')
    expect(result.stderr).not.toContain(result.stdout.trim())
    expect(result.stderr).not.toMatch(SECRET_SHAPE)
    expect(result.stderr).not.toContain(MANAGEMENT_KEY)
  })

  test('--secret-file: a new file with mode 0600, the summary on stdout; an existing file is refused unless --force', async () => {
    const { mock, ork } = await start()
    const path = join(scratchDirectory(), 'ci.key')
    const first = await ork(['keys', 'create', '--name', 'filed', '--secret-file', path])
    expect(first.code).toBe(0)
    const secret = readFileSync(path, 'utf8').trim()
    expect(secret).toMatch(SECRET_SHAPE)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(first.stdout).toContain('name: filed')
    expect(first.stdout).not.toContain(secret)
    expect(first.stderr).not.toContain(secret)
    expect(first.stderr).toContain(`secret written to ${path} (mode 0600)`)

    const refused = await ork(['keys', 'create', '--name', 'again', '--secret-file', path])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('exists; choose a new path or add --force')
    expect(readFileSync(path, 'utf8').trim()).toBe(secret)
    // Refused before the create: no key without a holder.
    expect(mock.listKeys().some((key) => key.name === 'again')).toBe(false)

    const other = join(scratch as string, 'loose.key')
    writeFileSync(other, 'old', { mode: 0o644 })
    const forced = await ork([
      'keys',
      'create',
      '--name',
      'forced',
      '--secret-file',
      other,
      '--force',
    ])
    expect(forced.code).toBe(0)
    expect(readFileSync(other, 'utf8').trim()).toMatch(SECRET_SHAPE)
    expect(statSync(other).mode & 0o777).toBe(0o600)
  })

  test('--dry-run prints the request and sends nothing', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'create', '--name', 'dry', '--spend-limit', '5', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('POST /keys {"name":"dry","limit":5}\n')
    expect(result.stderr).toContain('dry run: nothing was changed')
    expect(mock.requests).toHaveLength(0)
  })

  test('an unknown outcome: the candidates and the delete command, exit 5, not retried', async () => {
    const { mock, ork } = await start({
      faults: [{ operation: 'createApiKey', status: 500, afterCommit: true }],
    })
    const result = await ork(['keys', 'create', '--name', 'maybe', '--max-retries', '3'])
    expect(result.code).toBe(5)
    expect(result.stdout).toBe('')
    const candidate = mock.listKeys().find((key) => key.name === 'maybe')
    expect(result.stderr).toContain('error: the create may have succeeded')
    expect(result.stderr).toContain(`maybe (${candidate?.hash})`)
    expect(result.stderr).toContain(`delete them with: ork keys delete ${candidate?.hash} --yes`)
    expect(operations(mock).filter((operation) => operation === 'createApiKey')).toHaveLength(1)
  })

  test('Ctrl-C while the create is in flight: exit 130 and a note that the key may exist', async () => {
    const { mock, env } = await start({
      // The mock stores the key, then holds the answer: the CLI cannot know it was made.
      faults: [{ operation: 'createApiKey', afterCommit: true, delayMs: 60_000 }],
    })
    const { child, result } = spawnOrk(['keys', 'create', '--name', 'stopped'], env)
    mock.onRequest((request) => {
      if (request.operation === 'createApiKey') child.kill('SIGINT')
    })
    const { code, stdout, stderr } = await result
    expect(code).toBe(130)
    expect(stdout).toBe('')
    expect(stderr).toContain('interrupted: the key "stopped" may have been created all the same')
    expect(operations(mock).filter((operation) => operation === 'createApiKey')).toHaveLength(1)
  })

  test.each([
    [['--spend-limit', 'ten'], '--spend-limit must be an amount in USD'],
    [['--spend-limit', '-1'], '--spend-limit must be'],
    [
      ['--limit-reset', 'yearly'],
      "--limit-reset must be one of 'daily', 'weekly', 'monthly', got \"yearly\"",
    ],
    [['--expires-at', 'tomorrow'], '--expires-at must be an ISO 8601 date-time'],
    [['--expires-at', '2020-01-01T00:00:00Z'], '--expires-at must lie in the future'],
    [['--expires-at', '+0d'], '--expires-at must lie in the future'],
    [['--workspace', 'nope'], '--workspace must be a UUID, got "nope"'],
    [['--name', ''], '--name must be a string of at least 1 character'],
    [['--format', 'csv'], '--format must be one of table, json here, got "csv"'],
    [['--force'], '--force applies to --secret-file only'],
  ])('bad flag %j: exit 2 before any request', async (flags, message) => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'create', '--name', 'x', ...flags])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`error: ${message}`)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('<key>: hash, prefix, name, ambiguous, missing', () => {
  test.each([
    ['a full hash', HASH_DEPLOY],
    ['a hash prefix', 'dddddddd'],
    ['an upper-case prefix', 'DDDDDDDD33'],
    ['a name', 'deploy'],
  ])('keys get by %s', async (_label, reference) => {
    const { ork } = await start()
    const result = await ork(['keys', 'get', reference, '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ hash: HASH_DEPLOY, name: 'deploy' })
  })

  test('keys get prints every field as a table by default', async () => {
    const { ork } = await start()
    const result = await ork(['keys', 'get', 'deploy'])
    expect(result.stdout).toMatch(/^hash +dddddddd33/m)
    expect(result.stdout).toMatch(/^limit_reset +monthly$/m)
  })

  test('ambiguous: exit 2 listing every match (name and hash), nothing changed', async () => {
    const { mock, ork } = await start()
    for (const reference of ['ci', 'aaaaaaaa']) {
      const result = await ork(['keys', 'disable', reference])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`error: "${reference}" matches 2 keys`)
      expect(result.stderr).toContain(`ci (${HASH_CI_1})`)
      expect(result.stderr).toContain(`ci (${HASH_CI_2})`)
    }
    expect(mutations(mock)).toEqual([])
  })

  test('missing: exit 3 "no key matches"; a 7-character prefix says why it is not enough', async () => {
    const { ork } = await start()
    for (const reference of ['nothing', ABSENT_HASH]) {
      const result = await ork(['keys', 'get', reference])
      expect(result.code).toBe(3)
      expect(result.stderr).toContain(`error: no key matches "${reference}"`)
    }
    const short = await ork(['keys', 'get', 'ddddddd'])
    expect(short.code).toBe(3)
    expect(short.stderr).toContain('a hash prefix needs at least 8 characters')
  })

  test('several <key>s: one that does not resolve changes nothing', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'disable', 'deploy', 'aaaaaaaa11', 'gone'])
    expect(result.code).toBe(3)
    expect(mutations(mock)).toEqual([])
    expect(mock.getKey(HASH_DEPLOY)?.disabled).toBe(false)
  })
})

describe('keys update', () => {
  test('sends one PATCH with exactly the fields given', async () => {
    const { mock, ork } = await start()
    const result = await ork([
      'keys',
      'update',
      'deploy',
      '--name',
      'deploy-2',
      '--no-spend-limit',
      '--limit-reset',
      'none',
      '--include-byok-in-limit',
      '--json',
    ])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({
      name: 'deploy-2',
      limit: null,
      limit_reset: null,
      include_byok_in_limit: true,
    })
    expect(mutations(mock)).toEqual(['updateApiKey'])
  })

  test('--spend-limit, --limit-reset and --no-include-byok-in-limit', async () => {
    const { mock, ork } = await start()
    await ork(['keys', 'update', 'deploy', '--include-byok-in-limit'])
    const result = await ork([
      'keys',
      'update',
      'deploy',
      '--spend-limit',
      '7',
      '--limit-reset',
      'daily',
      '--no-include-byok-in-limit',
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^limit +7$/m)
    expect(mock.getKey(HASH_DEPLOY)).toMatchObject({
      limit: 7,
      limit_reset: 'daily',
      include_byok_in_limit: false,
    })
  })

  test('--dry-run prints the PATCH; only the listing that resolves <key> is sent', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'update', 'deploy', '--spend-limit', '3', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`PATCH /keys/${HASH_DEPLOY} {"limit":3}\n`)
    expect(new Set(operations(mock))).toEqual(new Set(['listApiKeys']))
  })

  test.each([
    [[], 'nothing to change'],
    [
      ['--limit-reset', 'hourly'],
      "--limit-reset must be one of 'daily', 'weekly', 'monthly' or 'none'",
    ],
    [['--spend-limit', '1e'], '--spend-limit must be an amount in USD'],
  ])('bad flags %j: exit 2, no request', async (flags, message) => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'update', 'deploy', ...flags])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(message)
    expect(mock.requests).toHaveLength(0)
  })
})

describe('keys disable and enable', () => {
  test('several keys, each resolved first, then one PATCH each', async () => {
    const { mock, ork } = await start()
    const disabled = await ork(['keys', 'disable', 'deploy', 'aaaaaaaa11'])
    expect(disabled.code).toBe(0)
    expect(disabled.stdout).toBe(`disabled deploy (${HASH_DEPLOY})\ndisabled ci (${HASH_CI_1})\n`)
    expect(mock.getKey(HASH_DEPLOY)?.disabled).toBe(true)
    expect(mock.getKey(HASH_CI_1)?.disabled).toBe(true)
    // A disabled key is still found by name.
    const enabled = await ork(['keys', 'enable', 'deploy', '--json'])
    expect(enabled.code).toBe(0)
    expect(JSON.parse(enabled.stdout)).toMatchObject([{ hash: HASH_DEPLOY, disabled: false }])
    expect(mutations(mock)).toEqual(['updateApiKey', 'updateApiKey', 'updateApiKey'])
  })

  test('--format jsonl and csv: the keys as they are after', async () => {
    const { ork } = await start()
    const jsonl = await ork(['keys', 'disable', 'deploy', 'aaaaaaaa11', '--format', 'jsonl'])
    expect(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).hash),
    ).toEqual([HASH_DEPLOY, HASH_CI_1])
    const csv = await ork(['keys', 'enable', 'deploy', '--format', 'csv'])
    expect(csv.stdout.split('\n')[0]).toMatch(/^name,label,hash,disabled,/)
    expect(csv.stdout.split('\n')[1]).toContain(`,${HASH_DEPLOY},false,`)
    const bad = await ork(['keys', 'enable', 'deploy', '--format', 'xml'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('--format must be one of table, json, jsonl, csv, got "xml"')
  })

  test('--dry-run sends no mutation', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'disable', HASH_DEPLOY, '--dry-run'])
    expect(result.stdout).toBe(`PATCH /keys/${HASH_DEPLOY} {"disabled":true}\n`)
    const enable = await ork(['keys', 'enable', 'deploy', '--dry-run'])
    expect(enable.stdout).toBe(`PATCH /keys/${HASH_DEPLOY} {"disabled":false}\n`)
    expect(mutations(mock)).toEqual([])
  })
})

describe('keys delete', () => {
  test('without --yes and without a terminal: exit 2, nothing deleted', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'delete', 'deploy'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('needs --yes when stdin is not a terminal')
    expect(mutations(mock)).toEqual([])
    expect(mock.getKey(HASH_DEPLOY)).toBeDefined()
  })

  test('--yes deletes every key named', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'delete', 'deploy', 'aaaaaaaa22', '--yes'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`deleted deploy (${HASH_DEPLOY})\ndeleted ci (${HASH_CI_2})\n`)
    expect(mock.getKey(HASH_DEPLOY)).toBeUndefined()
    expect(mock.getKey(HASH_CI_2)).toBeUndefined()
  })

  test('a missing key: exit 3 and nothing deleted; --ignore-missing deletes the rest', async () => {
    const { mock, ork } = await start()
    const missing = await ork(['keys', 'delete', 'deploy', ABSENT_HASH, '--yes'])
    expect(missing.code).toBe(3)
    expect(mock.getKey(HASH_DEPLOY)).toBeDefined()
    const ignored = await ork([
      'keys',
      'delete',
      'deploy',
      ABSENT_HASH,
      '--yes',
      '--ignore-missing',
    ])
    expect(ignored.code).toBe(0)
    expect(ignored.stderr).toContain(`no key matches "${ABSENT_HASH}": nothing to delete`)
    expect(mock.getKey(HASH_DEPLOY)).toBeUndefined()
  })

  test('a 404 from the delete itself: exit 3, or success with --ignore-missing', async () => {
    const { mock, ork } = await start({ faults: [{ operation: 'deleteApiKey', status: 404 }] })
    const result = await ork(['keys', 'delete', 'deploy', '--yes'])
    expect(result.code).toBe(3)
    expect(result.stderr).toContain('error: not found: 404')
    mock.enqueueFaults({ operation: 'deleteApiKey', status: 404 })
    const ignored = await ork(['keys', 'delete', 'deploy', '--yes', '--ignore-missing'])
    expect(ignored.code).toBe(0)
    expect(ignored.stderr).toContain(`already gone: deploy (${HASH_DEPLOY})`)
  })

  test('--dry-run prints the DELETEs and sends none (no --yes needed)', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'delete', 'deploy', 'aaaaaaaa11', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`DELETE /keys/${HASH_DEPLOY}\nDELETE /keys/${HASH_CI_1}\n`)
    expect(mutations(mock)).toEqual([])
  })
})

describe('keys rotate', () => {
  test('a successor with the same settings; the secret alone on stdout; --retire disable', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'rotate', 'deploy', '--retire', 'disable', '--debug'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^sk-or-v1-[0-9a-f]{64}\n$/)
    expect(result.stderr).not.toMatch(SECRET_SHAPE)
    expect(result.stderr).toContain('store this secret now: it cannot be shown again')
    expect(result.stderr).toContain(`old key deploy (${HASH_DEPLOY}): disabled`)
    const successor = mock
      .listKeys()
      .find((key) => key.name === 'deploy' && key.hash !== HASH_DEPLOY)
    expect(successor).toMatchObject({ limit: 100, limit_reset: 'monthly' })
    expect(mock.getKey(HASH_DEPLOY)?.disabled).toBe(true)
  })

  test('--retire delete, --secret-file, --format json', async () => {
    const { mock, ork } = await start()
    const path = join(scratchDirectory(), 'rotated.key')
    const result = await ork([
      'keys',
      'rotate',
      HASH_DEPLOY,
      '--retire',
      'delete',
      '--secret-file',
      path,
      '--format',
      'json',
    ])
    expect(result.code).toBe(0)
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['data'])
    expect(readFileSync(path, 'utf8')).toMatch(SECRET_SHAPE)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(mock.getKey(HASH_DEPLOY)).toBeUndefined()
  })

  test('--dry-run prints the create and the retire, sends no mutation', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'rotate', 'deploy', '--retire', 'delete', '--dry-run'])
    expect(result.code).toBe(0)
    expect(result.stdout.split('\n')[0]).toMatch(/^POST \/keys \{"name":"deploy","limit":100,/)
    expect(result.stdout.split('\n')[1]).toBe(`DELETE /keys/${HASH_DEPLOY}`)
    expect(mutations(mock)).toEqual([])
  })

  test('the old key cannot be retired: the new secret is still printed, exit 1', async () => {
    const { ork } = await start({ faults: [{ operation: 'updateApiKey', status: 400 }] })
    const result = await ork(['keys', 'rotate', 'deploy', '--retire', 'disable'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^sk-or-v1-[0-9a-f]{64}\n$/)
    expect(result.stderr).not.toMatch(SECRET_SHAPE)
    expect(result.stderr).toContain('could not be disabled')
  })

  test('--retire must be keep, disable or delete', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'rotate', 'deploy', '--retire', 'archive'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--retire must be one of keep, disable, delete, got "archive"')
    expect(mock.requests).toHaveLength(0)
  })
})

describe('keys current and the remaining exit codes', () => {
  test('keys current: GET /key', async () => {
    const { mock, ork } = await start()
    const result = await ork(['keys', 'current', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ is_management_key: true })
    expect(operations(mock)).toEqual(['getCurrentKey'])
    const table = await ork(['keys', 'current'])
    expect(table.stdout).toMatch(/^is_management_key +true$/m)
  })

  test('exit 4: the key rejected (401), or not set', async () => {
    const { ork } = await start()
    const rejected = await ork(['keys', 'get', 'deploy'], {
      OPENROUTER_MANAGEMENT_KEY: 'sk-or-v1-wrong',
    })
    expect(rejected.code).toBe(4)
    const unset = await ork(['keys', 'current'], { OPENROUTER_MANAGEMENT_KEY: undefined })
    expect(unset.code).toBe(4)
  })

  test('exit 1: an API failure', async () => {
    const { ork } = await start({ faults: [{ operation: 'getApiKey', status: 400 }] })
    const result = await ork(['keys', 'get', HASH_DEPLOY])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('error: API error: 400')
  })
})
