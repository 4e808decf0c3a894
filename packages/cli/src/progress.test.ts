import { expect, test } from 'vitest'
import { createProgress, progressEnabled } from './progress'

const sink = () => {
  const chunks: string[] = []
  return { chunks, write: (chunk: string) => chunks.push(chunk) }
}

test('shows pages and keys so far on one rewritten line, then clears it', () => {
  const stream = sink()
  const progress = createProgress(stream, true)
  progress.start()
  progress.update({ page: 1, keys: 100 })
  progress.update({ page: 2, keys: 150 })
  progress.done()
  progress.done()
  expect(stream.chunks).toEqual([
    '\r\u001b[2KFetching keys…',
    '\r\u001b[2KFetching keys… 1 page, 100 keys so far',
    '\r\u001b[2KFetching keys… 2 pages, 150 keys so far',
    '\r\u001b[2K',
  ])
})

test('writes nothing when disabled', () => {
  const stream = sink()
  const progress = createProgress(stream, false)
  progress.start()
  progress.update({ page: 3, keys: 300 })
  progress.done()
  expect(stream.chunks).toEqual([])
})

test('enabled on a TTY or with ORK_FORCE_TTY=1 only', () => {
  expect(progressEnabled({ isTTY: true, write: () => 0 }, {})).toBe(true)
  expect(progressEnabled({ isTTY: false, write: () => 0 }, {})).toBe(false)
  expect(progressEnabled({ write: () => 0 }, { ORK_FORCE_TTY: '1' })).toBe(true)
})

test('the line is cut one cell short of the width, so it never wraps', () => {
  const stream = sink()
  let columns = 30
  const progress = createProgress(stream, true, () => columns)
  progress.update({ page: 12, keys: 1200 })
  columns = 12 // the terminal was resized: the next redraw follows it
  progress.update({ page: 13, keys: 1300 })
  expect(stream.chunks).toEqual([
    '\r\u001b[2KFetching keys… 12 pages, 120…', // 29 cells
    '\r\u001b[2KFetching k…',
  ])
})

test('no known width: the line is written whole', () => {
  const stream = sink()
  createProgress(stream, true, () => undefined).update({ page: 2, keys: 200 })
  expect(stream.chunks).toEqual(['\r\u001b[2KFetching keys… 2 pages, 200 keys so far'])
})
