import { describe, expect, it } from 'vitest'
import { RequestLog, type RequestLogEntry } from './request-log'

const entry = (n: number): RequestLogEntry => ({
  requestId: `req_${n}`,
  operation: 'listApiKeys',
  method: 'GET',
  path: '/api/v1/keys',
  query: {},
  status: 200,
  headers: {},
})
const ids = (log: RequestLog) => log.list().map((kept) => kept.requestId)

describe('RequestLog', () => {
  it('keeps everything below the limit, in order', () => {
    const log = new RequestLog(5)
    for (let n = 1; n <= 3; n++) log.add(entry(n))
    expect(ids(log)).toEqual(['req_1', 'req_2', 'req_3'])
  })

  it('keeps the last `limit` entries, oldest first, across several wraps', () => {
    const log = new RequestLog(3)
    for (let n = 1; n <= 4; n++) log.add(entry(n))
    expect(ids(log)).toEqual(['req_2', 'req_3', 'req_4'])
    for (let n = 5; n <= 11; n++) log.add(entry(n))
    expect(ids(log)).toEqual(['req_9', 'req_10', 'req_11'])
  })

  it('starts over after clear()', () => {
    const log = new RequestLog(2)
    for (let n = 1; n <= 5; n++) log.add(entry(n))
    log.clear()
    expect(ids(log)).toEqual([])
    log.add(entry(6))
    log.add(entry(7))
    log.add(entry(8))
    expect(ids(log)).toEqual(['req_7', 'req_8'])
  })

  it('keeps nothing with a limit of 0', () => {
    const log = new RequestLog(0)
    log.add(entry(1))
    expect(log.list()).toEqual([])
  })
})
