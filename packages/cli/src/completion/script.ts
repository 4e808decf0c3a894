// `ork completion bash|zsh|fish`: the completion script for the program's command tree
// (tree.ts). Bash and zsh share the same lookup functions (plain `case` statements, which both
// read alike); fish has its own `complete` lines.
import type { Command } from 'commander'
import type { CompletionShell } from '../program-reads'
import { allNodes, type CompletionNode, type CompletionOption, completionTree } from './tree'

export function completionScript(program: Command, shell: CompletionShell): string {
  const root = completionTree(program)
  switch (shell) {
    case 'bash':
      return bashScript(root)
    case 'zsh':
      return zshScript(root)
    case 'fish':
      return fishScript(root)
  }
}

const key = (node: CompletionNode) => node.path.join(' ')
const flagsOf = (options: readonly CompletionOption[]) => options.flatMap((option) => option.flags)

/**
 * Four lookups over the command path typed so far (`keys list`; '' for `ork` itself):
 * _ork_subcommand PATH WORD -> the path WORD leads to, if it names a subcommand;
 * _ork_takes_value PATH FLAG -> whether FLAG is followed by a value (which is skipped);
 * _ork_words PATH -> the subcommands (or argument values) to offer; _ork_flags PATH -> the flags.
 * The root's flags (--base-url, --debug…) are accepted after any command, so every path has them.
 */
function lookupFunctions(root: CompletionNode): string {
  const nodes = allNodes(root)
  const globalOptions = root.options
  const subcommandCases = nodes.flatMap((node) =>
    node.children.map((child) => {
      const patterns = child.names.map((name) => `"${key(node)}|${name}"`).join('|')
      return `    ${patterns}) echo "${key(child)}" ;;`
    }),
  )
  const valueFlags = [
    ...flagsOf(globalOptions.filter((option) => option.takesValue)).map((flag) => `*"|${flag}"`),
    ...nodes.flatMap((node) =>
      flagsOf(node.options.filter((option) => option.takesValue)).map(
        (flag) => `"${key(node)}|${flag}"`,
      ),
    ),
  ]
  const wordCases = nodes
    .map((node) => {
      const words = [...node.children.flatMap((child) => child.names), ...node.argumentChoices]
      return words.length === 0 ? undefined : `    "${key(node)}") echo "${words.join(' ')}" ;;`
    })
    .filter((line) => line !== undefined)
  const globalFlags = flagsOf(globalOptions)
  const flagCases = nodes.map((node) => {
    const flags = node === root ? globalFlags : [...flagsOf(node.options), ...globalFlags]
    return `    "${key(node)}") echo "${[...new Set(flags)].join(' ')}" ;;`
  })
  return `_ork_subcommand() {
  case "$1|$2" in
${subcommandCases.join('\n')}
  esac
}

_ork_takes_value() {
  case "$1|$2" in
    ${valueFlags.join('|')}) return 0 ;;
  esac
  return 1
}

_ork_words() {
  case "$1" in
${wordCases.join('\n')}
  esac
}

_ork_flags() {
  case "$1" in
${flagCases.join('\n')}
  esac
}

# The command path of the words before the cursor: subcommands followed, flags and their values
# skipped. Arguments: the words, the first being \`ork\`.
_ork_command_path() {
  local command_path="" skip="" word next
  shift
  for word in "$@"; do
    if [[ -n "$skip" ]]; then
      skip=""
      continue
    fi
    case "$word" in
      -*=*) ;;
      -*) if _ork_takes_value "$command_path" "$word"; then skip=1; fi ;;
      *)
        next="$(_ork_subcommand "$command_path" "$word")"
        if [[ -n "$next" ]]; then command_path="$next"; fi
        ;;
    esac
  done
  echo "$command_path"
}
`
}

function bashScript(root: CompletionNode): string {
  return `# bash completion for ork. Load it in this shell:   source <(ork completion bash)
# or for every shell:   ork completion bash > ~/.local/share/bash-completion/completions/ork
${lookupFunctions(root)}
_ork_completion() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" command_path candidates
  if ((COMP_CWORD > 1)); then prev="\${COMP_WORDS[COMP_CWORD - 1]}"; fi
  command_path="$(_ork_command_path "\${COMP_WORDS[@]:0:COMP_CWORD}")"
  # The value of a flag such as --workspace <uuid> is not guessed.
  if [[ "$prev" == -* && "$prev" != *=* ]] && _ork_takes_value "$command_path" "$prev"; then
    COMPREPLY=()
    return 0
  fi
  if [[ "$cur" == -* ]]; then
    candidates="$(_ork_flags "$command_path")"
  else
    candidates="$(_ork_words "$command_path")"
  fi
  COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
}

complete -F _ork_completion ork
`
}

function zshScript(root: CompletionNode): string {
  return `#compdef ork
# zsh completion for ork. Load it in this shell (after compinit):   source <(ork completion zsh)
# or for every shell:   ork completion zsh > "\${fpath[1]}/_ork"
${lookupFunctions(root)}
_ork() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT - 1]}" command_path
  local -a candidates
  command_path="$(_ork_command_path "\${(@)words[1,CURRENT - 1]}")"
  if [[ "$prev" == -* && "$prev" != *=* ]] && _ork_takes_value "$command_path" "$prev"; then
    return 1
  fi
  if [[ "$cur" == -* ]]; then
    candidates=(\${=$(_ork_flags "$command_path")})
  else
    candidates=(\${=$(_ork_words "$command_path")})
  fi
  compadd -- "\${candidates[@]}"
}

compdef _ork ork
`
}

/** Fish: one `complete` line per subcommand and flag, each with its description. */
function fishScript(root: CompletionNode): string {
  const lines = [
    '# fish completion for ork. Load it in this shell:   ork completion fish | source',
    '# or for every shell:   ork completion fish > ~/.config/fish/completions/ork.fish',
    'complete -c ork -f',
  ]
  for (const option of root.options) lines.push(fishOption('', option))
  for (const node of allNodes(root)) {
    const inside = fishInside(node)
    const childNames = node.children.flatMap((child) => child.names)
    const notYet =
      childNames.length === 0 ? '' : `not __fish_seen_subcommand_from ${childNames.join(' ')}`
    const condition = [inside, notYet].filter((part) => part !== '').join('; and ')
    for (const child of node.children) {
      for (const name of child.names) {
        lines.push(
          `complete -c ork -n ${fishQuote(condition)} -a ${name} -d ${fishQuote(child.description)}`,
        )
      }
    }
    if (node.argumentChoices.length > 0) {
      lines.push(
        `complete -c ork -n ${fishQuote(inside)} -a ${fishQuote(node.argumentChoices.join(' '))}`,
      )
    }
    if (node === root) continue
    for (const option of node.options) lines.push(fishOption(inside, option))
  }
  return `${lines.join('\n')}\n`
}

/** The fish condition for "the command line is inside this command". */
function fishInside(node: CompletionNode): string {
  if (node.path.length === 0) return '__fish_use_subcommand'
  const ancestors = ancestorNames(node)
  return ancestors.map((names) => `__fish_seen_subcommand_from ${names.join(' ')}`).join('; and ')
}

function ancestorNames(node: CompletionNode): string[][] {
  // Only the names of the node itself are known here; the path holds the primary names above it.
  return [...node.path.slice(0, -1).map((name) => [name]), node.names]
}

function fishOption(condition: string, option: CompletionOption): string {
  const parts = ['complete -c ork']
  if (condition !== '') parts.push(`-n ${fishQuote(condition)}`)
  for (const flag of option.flags) {
    parts.push(flag.startsWith('--') ? `-l ${flag.slice(2)}` : `-s ${flag.slice(1)}`)
  }
  if (option.takesValue) parts.push('-r')
  parts.push(`-d ${fishQuote(option.description)}`)
  return parts.join(' ')
}

function fishQuote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
}
