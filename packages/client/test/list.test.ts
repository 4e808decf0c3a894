import { describe, expect, it } from 'vitest'
import { createOpenRouterClient } from '../src/index'
import { KEY, recordingLogger, startMock } from './harness'

describe('keys.list over HTTP', () => {
  it('returns the first page, sends the key and the query', async () => {
    const { mock, url } = await startMock({ seed: 30, pageSize: 10 })
    const logger = recordingLogger()
    const client = createOpenRouterClient({ apiKey: KEY, baseURL: url, logger })
    const page = await client.keys.list({ offset: 5, include_disabled: true })
    expect(page.data.map((k) => k.hash)).toEqual(
      mock
        .listKeys({ includeDisabled: true })
        .slice(5, 15)
        .map((k) => k.hash),
    )
    expect(mock.requests.at(-1)).toMatchObject({
      method: 'GET',
      query: { offset: '5', include_disabled: 'true' },
      status: 200,
    })
    expect(logger.lines[0]).toContain('"authorization":"***"')
  })
})
