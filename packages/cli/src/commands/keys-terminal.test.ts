// Integration on a REAL pseudo-terminal (util-linux `script`): the delete prompt answered y and
// N, Ctrl-C at the prompt, and the secret warning where a person reads it.
import type { MockServer } from '@openrouter-kit/mock'
import { describe, expect, test } from 'vitest'
import { makeKey } from '../testing/make-key'
import { mockFixture } from '../testing/mock-fixture'
import { HAS_SCRIPT, NO_PTY_REASON, runOrkInPty } from '../testing/run-in-pty'

const MANAGEMENT_KEY = 'sk-or-v1-0123456789abcdef-test-secret'
const HASH_DEPLOY = `dddddddd33${'0'.repeat(54)}`
const HASH_OTHER = `eeeeeeee44${'0'.repeat(54)}`
const PROMPT = `Delete key deploy (${HASH_DEPLOY})? [y/N] `

const startMock = mockFixture()
const start = () =>
  startMock({
    managementKeys: [MANAGEMENT_KEY],
    keys: [
      makeKey({ hash: HASH_DEPLOY, name: 'deploy' }),
      makeKey({ hash: HASH_OTHER, name: 'other' }),
    ],
  })

const deletes = (mock: MockServer) =>
  mock.requests.filter((request) => request.operation === 'deleteApiKey')

// Said once, in the test list, when the machine has no `script`: never a silent pass.
describe.skipIf(!HAS_SCRIPT)(
  `on a real pseudo-terminal${HAS_SCRIPT ? '' : ` (skipped: ${NO_PTY_REASON})`}`,
  () => {
    test('keys delete asks; y deletes', async () => {
      const { mock, env } = await start()
      const result = await runOrkInPty(['keys', 'delete', 'deploy'], env, [
        { when: PROMPT, type: 'y\r' },
      ])
      expect(result.code).toBe(0)
      expect(result.stdout).toContain(PROMPT)
      expect(result.stdout).toContain(`deleted deploy (${HASH_DEPLOY})`)
      expect(mock.getKey(HASH_DEPLOY)).toBeUndefined()
      expect(deletes(mock)).toHaveLength(1)
    })

    test('keys delete asks; N (or just Enter) deletes nothing, exit 2', async () => {
      const { mock, env } = await start()
      for (const answer of ['N\r', '\r']) {
        const result = await runOrkInPty(['keys', 'delete', 'deploy'], env, [
          { when: PROMPT, type: answer },
        ])
        expect(result.code).toBe(2)
        expect(result.stdout).toContain('not confirmed: nothing was deleted')
      }
      expect(mock.getKey(HASH_DEPLOY)).toBeDefined()
      expect(deletes(mock)).toHaveLength(0)
    })

    test('several keys: every question first; a no to the second deletes neither', async () => {
      const { mock, env } = await start()
      const result = await runOrkInPty(['keys', 'delete', 'deploy', 'other'], env, [
        { when: PROMPT, type: 'y\r' },
        { when: `Delete key other (${HASH_OTHER})? [y/N] `, type: 'n\r' },
      ])
      expect(result.code).toBe(2)
      expect(deletes(mock)).toHaveLength(0)
    })

    test('Ctrl-C at the prompt: exit 130, nothing deleted', async () => {
      const { mock, env } = await start()
      const result = await runOrkInPty(['keys', 'delete', 'deploy'], env, [
        { when: PROMPT, type: '\u0003' },
      ])
      expect(result.code).toBe(130)
      expect(deletes(mock)).toHaveLength(0)
    })

    test('keys create on a terminal: the secret on its own line, then the warning', async () => {
      const { env } = await start()
      const result = await runOrkInPty(['keys', 'create', '--name', 'tty'], env)
      expect(result.code).toBe(0)
      const lines = result.stdout.split('\r\n')
      const secretLine = lines.findIndex((line) => /^sk-or-v1-[0-9a-f]{64}$/.test(line))
      expect(secretLine).toBeGreaterThanOrEqual(0)
      // The warning follows on stderr, once, and holds no part of the secret.
      const warnings = lines.filter(
        (line) => line === 'store this secret now: it cannot be shown again',
      )
      expect(warnings).toHaveLength(1)
      expect(lines.filter((line) => line.includes('sk-or-v1-'))).toHaveLength(1)
    })
  },
)
