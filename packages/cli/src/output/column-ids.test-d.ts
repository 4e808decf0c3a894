import type { ApiKey } from '@openrouter-kit/types'
import { expectTypeOf, test } from 'vitest'
import type { ColumnId } from './column-ids'

test('--columns covers every ApiKey field and nothing else', () => {
  // Fails to compile when the spec adds or removes a field, so the column list follows it.
  expectTypeOf<ColumnId>().toEqualTypeOf<keyof ApiKey>()
})
