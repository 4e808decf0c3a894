// How amounts and dates read on screen: US dollars with cents, dates in one fixed locale so the
// page (and its test) reads the same on every machine.
import type { ApiKey } from '@openrouter-kit/client'

const LOCALE = 'en-US'
const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD' })

export function formatMoney(amount: number): string {
  return money.format(amount)
}

/** "$12.50 of $50.00" left of the limit, or "No limit". */
export function formatLimit(key: Pick<ApiKey, 'limit' | 'limit_remaining'>): string {
  if (key.limit === null) return 'No limit'
  return `${money.format(key.limit_remaining ?? 0)} of ${money.format(key.limit)}`
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—'
  return new Date(iso).toLocaleDateString(LOCALE)
}
