import { useCredits } from '@openrouter-kit/react'
import { formatMoney } from './format'

/** The account's balance for the header: what is left, and what was used of what was bought. */
export function CreditsSummary() {
  const credits = useCredits()
  if (credits.isPending) return <p data-testid="credits">Credits…</p>
  if (credits.error) return <p data-testid="credits">Credits unavailable ({credits.error.name})</p>
  const { total_credits: total, total_usage: used } = credits.data
  return (
    <p data-testid="credits">
      <strong>{formatMoney(total - used)}</strong> credits left ({formatMoney(used)} used of{' '}
      {formatMoney(total)})
    </p>
  )
}
