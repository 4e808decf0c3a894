// Deterministic, realistic-looking API keys for the default listing. Everything derives from the
// PRNG and a fixed clock, so `--seed 250` gives byte-identical output on every run and machine.
import type { ApiKey } from '@openrouter-kit/types'
import type { Random } from './random'

/** The newest generated key is created at this instant; older ones step back from it. */
const NEWEST_CREATED_AT = Date.UTC(2025, 10, 20, 9, 30, 0)
const HOUR = 3_600_000
const DAY = 24 * HOUR

const PURPOSES = [
  'Production backend',
  'Staging backend',
  'CI pipeline',
  'Local development',
  'Data science notebook',
  'Mobile app (iOS)',
  'Mobile app (Android)',
  'Support chatbot',
  'Docs search',
  'Batch summarizer',
  'Eval harness',
  'Marketing copy tool',
  'Partner integration',
  'Nightly reports',
  'Code review bot',
  'Translation service',
  'Customer onboarding',
  'Analytics ETL',
  'Hackathon demo',
  'Slack assistant',
] as const
const LIMITS = [5, 10, 20, 25, 50, 100, 250, 500, 1000] as const
const RESETS = ['daily', 'weekly', 'monthly', null] as const
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** ISO 8601 in the API's own form: `2025-08-24T10:30:00Z` (no milliseconds). */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

const cents = (value: number): number => Math.round(value * 100) / 100

function userId(random: Random): string {
  let id = 'user_2'
  while (id.length < 32) id += random.pick(BASE62.split(''))
  return id
}

/** Usage totals that respect daily <= weekly <= monthly <= total. */
function usageSeries(random: Random, scale: number) {
  const total = cents(random.next() ** 2 * scale)
  const monthly = cents(total * (0.2 + random.next() * 0.8))
  const weekly = cents(monthly * (0.1 + random.next() * 0.9))
  const daily = cents(weekly * random.next() * 0.5)
  return { total, monthly, weekly, daily }
}

export interface KeyFactory {
  /** One key with every field filled; the caller decides order and workspace. */
  make(options: { createdAt: number; workspaceId: string; allowDisabled?: boolean }): ApiKey
}

export function createKeyFactory(random: Random): KeyFactory {
  const creators = [userId(random), userId(random), userId(random), userId(random)]
  const usedNames = new Map<string, number>()

  const uniqueName = (): string => {
    const base = random.pick(PURPOSES)
    const seen = (usedNames.get(base) ?? 0) + 1
    usedNames.set(base, seen)
    return seen === 1 ? base : `${base} ${seen}`
  }

  return {
    make({ createdAt, workspaceId, allowDisabled = true }) {
      const fresh = random.chance(0.1)
      const usage = fresh ? { total: 0, monthly: 0, weekly: 0, daily: 0 } : usageSeries(random, 400)
      const byok = random.chance(0.25)
        ? usageSeries(random, 60)
        : { total: 0, monthly: 0, weekly: 0, daily: 0 }
      const includeByok = random.chance(0.2)
      const hasLimit = random.chance(0.4)
      const limit = hasLimit ? random.pick(LIMITS) : null
      const limitReset = hasLimit ? random.pick(RESETS) : null
      const spent =
        limitReset === 'daily'
          ? usage.daily + (includeByok ? byok.daily : 0)
          : limitReset === 'weekly'
            ? usage.weekly + (includeByok ? byok.weekly : 0)
            : limitReset === 'monthly'
              ? usage.monthly + (includeByok ? byok.monthly : 0)
              : usage.total + (includeByok ? byok.total : 0)
      const updatedAt = random.chance(0.3)
        ? null
        : isoSeconds(Math.min(createdAt + random.int(1, 20 * 24) * HOUR, NEWEST_CREATED_AT))
      const expiresAt = random.chance(0.25)
        ? isoSeconds(createdAt + random.int(30, 720) * DAY)
        : null
      return {
        hash: random.hex(64),
        name: uniqueName(),
        label: `sk-or-v1-${random.hex(3)}...${random.hex(4)}`,
        disabled: allowDisabled && random.chance(0.15),
        limit,
        limit_remaining: limit === null ? null : Math.max(0, cents(limit - spent)),
        limit_reset: limitReset,
        include_byok_in_limit: includeByok,
        usage: usage.total,
        usage_daily: usage.daily,
        usage_weekly: usage.weekly,
        usage_monthly: usage.monthly,
        byok_usage: byok.total,
        byok_usage_daily: byok.daily,
        byok_usage_weekly: byok.weekly,
        byok_usage_monthly: byok.monthly,
        created_at: isoSeconds(createdAt),
        updated_at: updatedAt,
        creator_user_id: random.chance(0.05) ? null : random.pick(creators),
        workspace_id: workspaceId,
        expires_at: expiresAt,
      }
    },
  }
}

/** `count` keys, newest first, each created 2 hours to 3 days before the previous one. */
export function generateKeys(
  factory: KeyFactory,
  random: Random,
  count: number,
  workspaceId: string,
): ApiKey[] {
  const keys: ApiKey[] = []
  let createdAt = NEWEST_CREATED_AT
  for (let i = 0; i < count; i++) {
    keys.push(factory.make({ createdAt, workspaceId }))
    createdAt -= random.int(2, 72) * HOUR
  }
  return keys
}
