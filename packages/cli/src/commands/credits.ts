import type { Credits } from '@openrouter-kit/types'
import { ExitCode } from '../exit-codes'
import { createColors, shouldUseColor } from '../output/color'
import { formatUsd } from '../output/format-values'
import { renderJson } from '../output/json'
import { MalformedDataError } from '../output/malformed-data-error'
import type { CreditsFormat } from '../reads-options'
import type { CommandContext } from './context'

/** Amounts are kept to a millionth of a dollar, finer than the API reports usage. */
const MICRO_USD = 1_000_000

/** What `ork credits` shows: the API's two numbers and what is left of the credits. */
export interface CreditsSummary {
  total_credits: number
  total_usage: number
  remaining: number
}

/** `ork credits`: credits bought, used, and what is left (`GET /credits`). */
export async function credits(
  format: CreditsFormat,
  { client, io, signal }: CommandContext,
): Promise<ExitCode> {
  const { data } = await client.credits.get({ signal })
  const summary = summarize(data)
  if (format === 'json') {
    io.stdout.write(renderJson(summary))
    return ExitCode.Ok
  }
  const colors = createColors(shouldUseColor(io.stdout, io.env))
  const lines: [string, number][] = [
    ['Credits', summary.total_credits],
    ['Usage', summary.total_usage],
    ['Remaining', summary.remaining],
  ]
  const labelWidth = Math.max(...lines.map(([label]) => label.length))
  for (const [label, amount] of lines) {
    io.stdout.write(`${colors.bold(label.padEnd(labelWidth))}  ${formatUsd(amount)}\n`)
  }
  return ExitCode.Ok
}

export function summarize(data: Credits): CreditsSummary {
  const { total_credits, total_usage } = data ?? {}
  if (typeof total_credits !== 'number' || typeof total_usage !== 'number') {
    throw new MalformedDataError(
      `the API sent credits without numbers for total_credits and total_usage: ${JSON.stringify(data)?.slice(0, 80)}`,
    )
  }
  // Rounded so that binary floating point (100 - 25.3 = 74.7000…01) does not show in JSON.
  const remaining = Math.round((total_credits - total_usage) * MICRO_USD) / MICRO_USD
  return { total_credits, total_usage, remaining }
}
