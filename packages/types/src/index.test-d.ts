import { describe, expectTypeOf, test } from 'vitest'
import type {
  ApiKey,
  ListApiKeysParams,
  ListApiKeysResponse,
  OpenRouterErrorBody,
  operations,
  paths,
} from './index'

describe('ApiKey', () => {
  test('nullable fields are `T | null` and required', () => {
    expectTypeOf<ApiKey['limit']>().toEqualTypeOf<number | null>()
    expectTypeOf<ApiKey['limit_remaining']>().toEqualTypeOf<number | null>()
    expectTypeOf<ApiKey['limit_reset']>().toEqualTypeOf<string | null>()
    expectTypeOf<ApiKey['updated_at']>().toEqualTypeOf<string | null>()
    expectTypeOf<ApiKey['creator_user_id']>().toEqualTypeOf<string | null>()
  })

  test('expires_at is optional and nullable; every other field is required', () => {
    type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T]
    expectTypeOf<OptionalKeys<ApiKey>>().toEqualTypeOf<'expires_at'>()
    expectTypeOf<ApiKey['expires_at']>().toEqualTypeOf<string | null | undefined>()
  })

  test('scalars keep their spec types', () => {
    expectTypeOf<ApiKey['created_at']>().toEqualTypeOf<string>()
    expectTypeOf<ApiKey['hash']>().toEqualTypeOf<string>()
    expectTypeOf<ApiKey['disabled']>().toEqualTypeOf<boolean>()
    expectTypeOf<ApiKey['usage']>().toEqualTypeOf<number>()
    expectTypeOf<ApiKey['workspace_id']>().toEqualTypeOf<string>()
  })
})

describe('ListApiKeysResponse', () => {
  test('is `{ data: ApiKey[] }`', () => {
    expectTypeOf<ListApiKeysResponse>().toEqualTypeOf<{ data: ApiKey[] }>()
    expectTypeOf<
      operations['listApiKeys']['responses'][200]['content']['application/json']
    >().toEqualTypeOf<ListApiKeysResponse>()
  })
})

describe('ListApiKeysParams', () => {
  test('include_disabled accepts booleans and their text form (x-openrouter-type: boolean)', () => {
    expectTypeOf<ListApiKeysParams['include_disabled']>().toEqualTypeOf<
      boolean | 'true' | 'false' | undefined
    >()
  })

  test('offset and workspace_id', () => {
    expectTypeOf<ListApiKeysParams['offset']>().toEqualTypeOf<number | null | undefined>()
    expectTypeOf<ListApiKeysParams['workspace_id']>().toEqualTypeOf<string | undefined>()
  })

  test('every parameter is optional', () => {
    expectTypeOf({}).toExtend<ListApiKeysParams>()
  })

  test('an unknown query parameter is a compile error', () => {
    // @ts-expect-error `limit` is not a query parameter of GET /keys
    const bad: ListApiKeysParams = { limit: 10 }
    // @ts-expect-error `include_disabled` takes a boolean or "true"/"false", not "yes"
    const alsoBad: ListApiKeysParams = { include_disabled: 'yes' }
    expectTypeOf(bad).toEqualTypeOf<ListApiKeysParams>()
    expectTypeOf(alsoBad).toEqualTypeOf<ListApiKeysParams>()
  })

  test('matches the query of paths["/keys"]["get"]', () => {
    expectTypeOf<
      NonNullable<paths['/keys']['get']['parameters']['query']>
    >().toEqualTypeOf<ListApiKeysParams>()
  })
})

describe('OpenRouterErrorBody', () => {
  test('carries error.code and error.message', () => {
    expectTypeOf<OpenRouterErrorBody['error']['code']>().toEqualTypeOf<number>()
    expectTypeOf<OpenRouterErrorBody['error']['message']>().toEqualTypeOf<string>()
  })
})
