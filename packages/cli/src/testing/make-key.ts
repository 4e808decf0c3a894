import type { ApiKey } from '@openrouter-kit/types'

/** A complete ApiKey for unit tests, with the fields a test cares about overridden. */
export function makeKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    hash: 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
    name: 'Production',
    label: 'sk-or-v1-0e6...1c96',
    disabled: false,
    limit: 100,
    limit_remaining: 74.5,
    limit_reset: 'monthly',
    include_byok_in_limit: false,
    usage: 25.5,
    usage_daily: 1.25,
    usage_weekly: 5,
    usage_monthly: 25.5,
    byok_usage: 17.38,
    byok_usage_daily: 0,
    byok_usage_weekly: 0,
    byok_usage_monthly: 17.38,
    created_at: '2025-08-24T10:30:00Z',
    updated_at: '2025-08-24T15:45:00Z',
    creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
    workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    expires_at: '2027-12-31T23:59:59Z',
    ...overrides,
  }
}
