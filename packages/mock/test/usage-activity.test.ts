// recordUsage and the clock: usage and its UTC windows (day, week from Monday, month) move with
// the mock's clock, limit_remaining follows, GET /activity serves the completed days and
// GET /credits the account's totals.
import type { ActivityItem, ApiKey } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKSPACE_ID, OTHER_WORKSPACE_ID } from '../src/index'
import { conformingBody } from './spec-validator'
import { call, openPerTest, TRANSPORTS, type Transport } from './transports'

/** A Wednesday. */
const WEDNESDAY = '2026-03-11T10:00:00Z'

async function createKey(transport: Transport, body: Record<string, unknown>): Promise<ApiKey> {
  const response = await call(transport, '/keys', { method: 'POST', body })
  return ((await response.json()) as { data: ApiKey }).data
}

async function getKey(transport: Transport, hash: string): Promise<ApiKey> {
  const response = await call(transport, `/keys/${hash}`)
  expect(response.status).toBe(200)
  return ((await conformingBody(response, 'getApiKey')) as { data: ApiKey }).data
}

async function activity(transport: Transport, query = ''): Promise<ActivityItem[]> {
  const response = await call(transport, `/activity${query}`)
  expect(response.status).toBe(200)
  return ((await conformingBody(response, 'getActivity')) as { data: ActivityItem[] }).data
}

const windows = ({ usage, usage_daily, usage_weekly, usage_monthly, limit_remaining }: ApiKey) => ({
  usage,
  usage_daily,
  usage_weekly,
  usage_monthly,
  limit_remaining,
})

describe.each(TRANSPORTS)('usage, the clock and activity (%s)', (kind) => {
  const open = openPerTest(kind)

  it('moves usage and its windows; the windows empty as the clock passes day, week and month', async () => {
    const { mock, transport } = await open({ now: WEDNESDAY })
    const daily = await createKey(transport, { name: 'Daily', limit: 10, limit_reset: 'daily' })
    const monthly = await createKey(transport, {
      name: 'Monthly',
      limit: 10,
      limit_reset: 'monthly',
    })
    for (const key of [daily, monthly]) {
      mock.recordUsage(key.hash, 0.1)
      mock.recordUsage(key.hash, 0.2)
      mock.recordUsage(key.hash, 3.7)
    }
    expect(windows(await getKey(transport, daily.hash))).toEqual({
      usage: 4,
      usage_daily: 4,
      usage_weekly: 4,
      usage_monthly: 4,
      limit_remaining: 6,
    })
    // Thursday: a new day, the same week.
    mock.setNow('2026-03-12T00:00:00Z')
    expect(windows(await getKey(transport, daily.hash))).toMatchObject({
      usage_daily: 0,
      usage_weekly: 4,
      limit_remaining: 10,
    })
    expect(windows(await getKey(transport, monthly.hash)).limit_remaining).toBe(6)
    // Sunday is still the week that started on Monday the 9th; Monday the 16th is not.
    mock.setNow('2026-03-15T23:59:59Z')
    expect((await getKey(transport, daily.hash)).usage_weekly).toBe(4)
    mock.setNow('2026-03-16T00:00:00Z')
    expect(windows(await getKey(transport, monthly.hash))).toEqual({
      usage: 4,
      usage_daily: 0,
      usage_weekly: 0,
      usage_monthly: 4,
      limit_remaining: 6,
    })
    mock.setNow('2026-04-01T00:00:00Z')
    expect(windows(await getKey(transport, monthly.hash))).toEqual({
      usage: 4,
      usage_daily: 0,
      usage_weekly: 0,
      usage_monthly: 0,
      limit_remaining: 10,
    })
  })

  it('counts past spending in the total and only in the windows it falls in', async () => {
    const { mock, transport } = await open({ now: WEDNESDAY })
    const key = await createKey(transport, { name: 'Backdated', limit: 5 })
    mock.recordUsage(key.hash, 1, { date: '2026-03-10' }) // yesterday: this week and month
    mock.recordUsage(key.hash, 2, { date: '2026-03-02T12:00:00Z' }) // last week, this month
    mock.recordUsage(key.hash, 4, { date: new Date('2026-02-27T12:00:00Z') }) // last month
    expect(windows(await getKey(transport, key.hash))).toEqual({
      usage: 7,
      usage_daily: 0,
      usage_weekly: 1,
      usage_monthly: 3,
      // No reset: the limit counts all usage, and never goes below 0.
      limit_remaining: 0,
    })
  })

  it('returns the key from recordUsage, and GET /key of its secret shows the same', async () => {
    const { mock, transport } = await open({ now: WEDNESDAY })
    const response = await call(transport, '/keys', {
      method: 'POST',
      body: { name: 'Own', limit: 2, limit_reset: 'weekly' },
    })
    const { data, key } = (await response.json()) as { data: ApiKey; key: string }
    const after = mock.recordUsage(data.hash, 1.5)
    expect(after).toMatchObject({ usage_weekly: 1.5, limit_remaining: 0.5 })
    const own = await call(transport, '/key', { token: key })
    expect(((await conformingBody(own, 'getCurrentKey')) as { data: ApiKey }).data).toMatchObject({
      usage_weekly: 1.5,
      limit_remaining: 0.5,
    })
  })

  it('serves activity for the last 30 completed UTC days, with its filters', async () => {
    const { mock, transport } = await open({ now: WEDNESDAY })
    const first = await createKey(transport, { name: 'First', creator_user_id: 'user_a' })
    const second = await createKey(transport, {
      name: 'Second',
      workspace_id: OTHER_WORKSPACE_ID,
      creator_user_id: 'user_b',
    })
    mock.recordUsage(first.hash, 0.5, { date: '2026-03-10', model: 'anthropic/claude-sonnet-4' })
    mock.recordUsage(first.hash, 0.25, { date: '2026-03-10', model: 'anthropic/claude-sonnet-4' })
    mock.recordUsage(second.hash, 1, { date: '2026-03-10', model: 'anthropic/claude-sonnet-4' })
    mock.recordUsage(second.hash, 2, { date: '2026-02-09' }) // the oldest day served
    mock.recordUsage(first.hash, 8, { date: '2026-02-08' }) // 31 days ago: not served
    mock.recordUsage(first.hash, 16) // today: not complete yet

    const rows = await activity(transport)
    expect(rows.map(({ date, model, usage, requests }) => [date, model, usage, requests])).toEqual([
      ['2026-03-10', 'anthropic/claude-sonnet-4', 1.75, 3],
      ['2026-02-09', 'openai/gpt-4o-mini', 2, 1],
    ])
    expect(rows[0]).toMatchObject({
      provider_name: 'Anthropic',
      model_permaslug: 'anthropic/claude-sonnet-4',
    })
    expect(rows[0]).not.toHaveProperty('workspace_id')

    const byKey = await activity(transport, `?api_key_hash=${first.hash}`)
    expect(byKey.map(({ usage }) => usage)).toEqual([0.75])
    expect((await activity(transport, '?date=2026-02-09')).map(({ usage }) => usage)).toEqual([2])
    expect((await activity(transport, '?user_id=user_b')).map(({ usage }) => usage)).toEqual([1, 2])
    const split = await activity(transport, '?group_by=workspace&date=2026-03-10')
    expect(split.map(({ workspace_id, usage }) => [workspace_id, usage])).toEqual([
      [DEFAULT_WORKSPACE_ID, 0.75],
      [OTHER_WORKSPACE_ID, 1],
    ])
    const scoped = await activity(transport, `?workspace_id=${OTHER_WORKSPACE_ID}`)
    expect(scoped.map(({ usage }) => usage)).toEqual([1, 2])

    // The next day, today's usage is served too.
    mock.setNow('2026-03-12T00:00:01Z')
    expect((await activity(transport, '?date=2026-03-11')).map(({ usage }) => usage)).toEqual([16])
  })

  it('answers 400 for a date outside the served days and 404 for a workspace that is not the account’s', async () => {
    const { transport } = await open({ now: WEDNESDAY })
    for (const date of ['2026-03-11', '2026-02-08', '2030-01-01']) {
      const response = await call(transport, `/activity?date=${date}`)
      expect(response.status).toBe(400)
      expect(await conformingBody(response, 'getActivity')).toEqual({
        error: {
          code: 400,
          message: `Invalid date: received "${date}", expected a date in the last 30 completed UTC days (2026-02-09 to 2026-03-10)`,
        },
      })
    }
    const response = await call(
      transport,
      '/activity?workspace_id=11111111-2222-4333-8444-555555555555',
    )
    expect(response.status).toBe(404)
    await conformingBody(response, 'getActivity')
  })

  it('GET /credits: total_usage follows recorded usage, removed keys included; setCredits', async () => {
    const { mock, transport } = await open({ totalCredits: 500 })
    const credits = async () => {
      const response = await call(transport, '/credits')
      expect(response.status).toBe(200)
      return (
        (await conformingBody(response, 'getCredits')) as {
          data: { total_credits: number; total_usage: number }
        }
      ).data
    }
    const before = await credits()
    expect(before.total_credits).toBe(500)
    const key = await createKey(transport, { name: 'Spender' })
    mock.recordUsage(key.hash, 12.5)
    expect((await credits()).total_usage).toBeCloseTo(before.total_usage + 12.5, 6)
    mock.removeKey(key.hash)
    expect((await credits()).total_usage).toBeCloseTo(before.total_usage + 12.5, 6)
    mock.setCredits(1000)
    expect((await credits()).total_credits).toBe(1000)
  })
})
