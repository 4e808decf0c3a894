// The command tree that completion scripts are made of, read from the commander program itself,
// so every command registered anywhere (keys, workspaces, …) is completed without a list here.
import type { Command } from 'commander'

export interface CompletionOption {
  /** `--workspace`, `-h`: every spelling of the flag. */
  flags: string[]
  /** The flag is followed by a value (`--workspace <uuid>`), which is not completed. */
  takesValue: boolean
  description: string
}

export interface CompletionNode {
  /** The primary names from the root, e.g. ['keys', 'list']; [] for `ork` itself. */
  path: string[]
  /** The name and its aliases (`list`, `ls`). */
  names: string[]
  description: string
  children: CompletionNode[]
  /** This command's own flags, and `--help`. */
  options: CompletionOption[]
  /** Values its first argument takes, when commander knows them (`completion bash|zsh|fish`). */
  argumentChoices: string[]
}

/** Only plain words go into a script; anything else could break out of the shell's quoting. */
const SAFE_WORD = /^-{0,2}[A-Za-z0-9][A-Za-z0-9_.-]*$/

const HELP_OPTION: CompletionOption = {
  flags: ['-h', '--help'],
  takesValue: false,
  description: 'show help',
}

export function completionTree(program: Command): CompletionNode {
  return toNode(program, [])
}

function toNode(command: Command, path: string[]): CompletionNode {
  const options: CompletionOption[] = command.options.map((option) => ({
    flags: [option.short, option.long].filter(isSafeWord),
    takesValue: option.required || option.optional,
    description: option.description,
  }))
  const argument = command.registeredArguments[0]
  return {
    path,
    names: [command.name(), ...command.aliases()].filter(isSafeWord),
    description: command.description(),
    children: command.commands
      .filter((child) => isSafeWord(child.name()))
      .map((child) => toNode(child, [...path, child.name()])),
    options: [...options.filter((option) => option.flags.length > 0), HELP_OPTION],
    argumentChoices: (argument?.argChoices ?? []).filter(isSafeWord),
  }
}

function isSafeWord(word: string | undefined): word is string {
  return word !== undefined && SAFE_WORD.test(word)
}

/** Every node, the root first, parents before children. */
export function allNodes(root: CompletionNode): CompletionNode[] {
  return [root, ...root.children.flatMap(allNodes)]
}
