// A yes/no question on the terminal, for the commands that destroy something (keys delete).
// The question goes to stderr, the answer is read from stdin; only `y` or `yes` is a yes.
import { createInterface } from 'node:readline/promises'
import type { Reporter } from '../report'

export interface Terminal {
  /** Whether a person can answer: stdin is a terminal. */
  interactive: boolean
  /** Asks `question` and resolves to the answer typed (empty at end of input). */
  ask(question: string, signal: AbortSignal): Promise<string>
}

/** The process's own terminal: stdin for answers, the reporter (stderr) for the question. */
export function processTerminal(report: Reporter): Terminal {
  return {
    interactive: process.stdin.isTTY === true,
    ask: async (question, signal) => {
      // terminal: false reads cooked lines, so the line discipline echoes and Ctrl-C still
      // raises SIGINT (which aborts `signal`).
      const lines = createInterface({ input: process.stdin, terminal: false })
      try {
        report.text(question)
        const answer = await lines.question('', { signal })
        return answer
      } finally {
        lines.close()
      }
    },
  }
}

/** Whether `answer` is a yes: `y` or `yes`, in any case; anything else (Enter too) is a no. */
export function isYes(answer: string): boolean {
  return /^(y|yes)$/i.test(answer.trim())
}
