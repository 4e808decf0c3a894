// `ork completion bash|zsh|fish` from the BUILT bin: the scripts parse, and bash, given the words
// typed so far, offers the commands, subcommands and flags of the real program tree.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Command } from 'commander'
import { describe, expect, test } from 'vitest'
import { runOrk } from '../testing/run-ork'
import { completionScript } from './script'

const directory = mkdtempSync(join(tmpdir(), 'ork-completion-'))

async function scriptFile(shell: string): Promise<string> {
  const result = await runOrk(['completion', shell])
  expect(result.code).toBe(0)
  expect(result.stderr).toBe('')
  const file = join(directory, `ork.${shell}`)
  writeFileSync(file, result.stdout)
  return file
}

/** What bash's completion function offers for `line` (the cursor at its end). */
function bashComplete(script: string, line: string): string[] {
  const program = `
source "$1"
read -ra COMP_WORDS <<< "$2"
if [[ "$2" == *" " ]]; then COMP_WORDS+=(""); fi
COMP_CWORD=$((\${#COMP_WORDS[@]} - 1))
COMPREPLY=()
_ork_completion
printf '%s\\n' "\${COMPREPLY[@]}"
`
  const output = execFileSync('bash', ['-c', program, 'bash', script, line], { encoding: 'utf8' })
  return output.split('\n').filter((word) => word !== '')
}

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0

describe('bash', () => {
  test('the script parses (bash -n) and registers the completion', async () => {
    const script = await scriptFile('bash')
    expect(spawnSync('bash', ['-n', script]).status).toBe(0)
    const registered = execFileSync('bash', ['-c', `source "${script}"; complete -p ork`], {
      encoding: 'utf8',
    })
    expect(registered.trim()).toBe('complete -F _ork_completion ork')
  })

  test('lists the commands, subcommands, argument choices and flags', async () => {
    const script = await scriptFile('bash')
    expect(bashComplete(script, 'ork ')).toEqual(
      expect.arrayContaining(['keys', 'workspaces', 'credits', 'activity', 'completion']),
    )
    expect(bashComplete(script, 'ork keys ')).toEqual(expect.arrayContaining(['list', 'ls']))
    expect(bashComplete(script, 'ork completion ')).toEqual(['bash', 'zsh', 'fish'])
    expect(bashComplete(script, 'ork wo')).toEqual(['workspaces'])
    const listFlags = bashComplete(script, 'ork keys list --')
    for (const flag of [
      '--all-workspaces',
      '--expired',
      '--expiring-within',
      '--over-limit',
      '--sort',
      '--format',
      '--json',
      '--debug',
      '--help',
    ]) {
      expect(listFlags).toContain(flag)
    }
    expect(bashComplete(script, 'ork activity --')).toEqual(
      expect.arrayContaining(['--key', '--date', '--workspace', '--format']),
    )
    // An alias leads to the same command; flags and their values before it are skipped.
    expect(bashComplete(script, 'ork --base-url http://x keys ls --ex')).toEqual([
      '--expired',
      '--expiring-within',
    ])
    // The value of a flag is not completed with commands.
    expect(bashComplete(script, 'ork keys list --workspace ')).toEqual([])
    expect(bashComplete(script, 'ork workspaces ')).toEqual(['list', 'ls'])
  })

  test('the key lifecycle commands are there too, each with its own flags', async () => {
    const script = await scriptFile('bash')
    expect(bashComplete(script, 'ork keys ')).toEqual(
      expect.arrayContaining([
        'get',
        'create',
        'update',
        'disable',
        'enable',
        'delete',
        'rotate',
        'current',
      ]),
    )
    expect(bashComplete(script, 'ork keys delete some-key --')).toEqual(
      expect.arrayContaining(['--yes', '--ignore-missing', '--dry-run']),
    )
    expect(bashComplete(script, 'ork keys delete some-key --')).not.toContain('--all-workspaces')
    expect(bashComplete(script, 'ork keys create --name ci --sp')).toEqual(['--spend-limit'])
  })
})

test('zsh and fish scripts parse when the shell is installed, and name every command', async () => {
  for (const shell of ['zsh', 'fish']) {
    const file = await scriptFile(shell)
    const text = await runOrk(['completion', shell])
    for (const command of ['keys', 'workspaces', 'credits', 'activity', 'completion']) {
      expect(text.stdout).toContain(command)
    }
    if (hasShell(shell)) expect(spawnSync(shell, ['-n', file]).status).toBe(0)
  }
  // The zsh script's lookups are the bash ones: bash parses them too.
  expect(spawnSync('bash', ['-n', join(directory, 'ork.zsh')]).status).toBe(0)
})

test('fish lines are per command, with flags under their own command', async () => {
  const { stdout } = await runOrk(['completion', 'fish'])
  expect(stdout).toContain(
    "complete -c ork -n '__fish_seen_subcommand_from keys; and __fish_seen_subcommand_from list ls' -l all-workspaces",
  )
  expect(stdout).toMatch(/complete -c ork -l base-url -r -d /)
})

test('the tree is walked: a command added anywhere is completed, with its aliases', () => {
  const program = new Command('ork').option('--debug', 'log')
  const keys = program.command('keys')
  keys.command('rotate').alias('rot').option('--retire <mode>', 'what to do with the old key')
  const script = completionScript(program, 'bash')
  expect(script).toContain('"keys|rotate"|"keys|rot") echo "keys rotate" ;;')
  expect(script).toContain('"keys rotate|--retire"')
  expect(script).toContain('"keys rotate") echo "--retire -h --help --debug" ;;')
})

test('an unknown shell is a usage error naming the choices', async () => {
  const result = await runOrk(['completion', 'pwsh'])
  expect(result.code).toBe(2)
  expect(result.stderr).toContain("'pwsh'")
  expect(result.stderr).toContain('bash, zsh, fish')
})
