import { describe, expectTypeOf, test } from 'vitest'
import type {
  ActivityItem,
  ApiKey,
  CreateApiKeyRequest,
  CreateApiKeyResponse,
  Credits,
  CurrentKey,
  ListApiKeysParams,
  ListApiKeysResponse,
  OpenRouterErrorBody,
  operations,
  paths,
  UpdateApiKeyRequest,
  Workspace,
} from './index'

/** The keys of T that a value must have. */
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]

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

  test('keeps exactly its three parameters', () => {
    expectTypeOf<keyof ListApiKeysParams>().toEqualTypeOf<
      'include_disabled' | 'offset' | 'workspace_id'
    >()
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

describe('CreateApiKeyRequest', () => {
  test('requires name and nothing else', () => {
    expectTypeOf<RequiredKeys<CreateApiKeyRequest>>().toEqualTypeOf<'name'>()
    expectTypeOf<CreateApiKeyRequest['name']>().toEqualTypeOf<string>()
    // @ts-expect-error `name` is required
    const unnamed: CreateApiKeyRequest = { limit: 10 }
    expectTypeOf(unnamed).toEqualTypeOf<CreateApiKeyRequest>()
  })

  test('limit_reset is one of the documented periods, or null for no reset', () => {
    expectTypeOf<CreateApiKeyRequest['limit_reset']>().toEqualTypeOf<
      'daily' | 'weekly' | 'monthly' | null | undefined
    >()
  })

  test('is the body of operations["createApiKey"]', () => {
    expectTypeOf<
      operations['createApiKey']['requestBody']['content']['application/json']
    >().toEqualTypeOf<CreateApiKeyRequest>()
  })
})

describe('CreateApiKeyResponse', () => {
  test('key (the secret, returned only here) is a string; data is the ApiKey', () => {
    expectTypeOf<CreateApiKeyResponse['key']>().toEqualTypeOf<string>()
    expectTypeOf<CreateApiKeyResponse['data']>().toEqualTypeOf<ApiKey>()
  })

  test('is the 201 body of operations["createApiKey"]', () => {
    expectTypeOf<
      operations['createApiKey']['responses'][201]['content']['application/json']
    >().toEqualTypeOf<CreateApiKeyResponse>()
  })
})

describe('UpdateApiKeyRequest', () => {
  test('has no expires_at: an expiry is set at creation only', () => {
    expectTypeOf<UpdateApiKeyRequest>().not.toHaveProperty('expires_at')
    expectTypeOf<CreateApiKeyRequest>().toHaveProperty('expires_at')
    // @ts-expect-error `expires_at` is not a field of an update
    const extended: UpdateApiKeyRequest = { expires_at: '2027-12-31T23:59:59Z' }
    expectTypeOf(extended).toEqualTypeOf<UpdateApiKeyRequest>()
  })

  test('every field is optional', () => {
    expectTypeOf<RequiredKeys<UpdateApiKeyRequest>>().toEqualTypeOf<never>()
    expectTypeOf<UpdateApiKeyRequest['disabled']>().toEqualTypeOf<boolean | undefined>()
    expectTypeOf<UpdateApiKeyRequest['limit']>().toEqualTypeOf<number | null | undefined>()
  })
})

describe("the other operations' aliases", () => {
  test('CurrentKey: what GET /key says of the key in use', () => {
    expectTypeOf<CurrentKey['is_management_key']>().toEqualTypeOf<boolean>()
    expectTypeOf<CurrentKey['limit']>().toEqualTypeOf<number | null>()
    expectTypeOf<CurrentKey['label']>().toEqualTypeOf<string>()
    expectTypeOf<
      operations['getCurrentKey']['responses'][200]['content']['application/json']['data']
    >().toEqualTypeOf<CurrentKey>()
  })

  test('Workspace', () => {
    expectTypeOf<Workspace['id']>().toEqualTypeOf<string>()
    expectTypeOf<Workspace['slug']>().toEqualTypeOf<string>()
    expectTypeOf<Workspace['created_by']>().toEqualTypeOf<string | null>()
  })

  test('Credits', () => {
    expectTypeOf<Credits>().toEqualTypeOf<{ total_credits: number; total_usage: number }>()
  })

  test('ActivityItem', () => {
    expectTypeOf<ActivityItem['date']>().toEqualTypeOf<string>()
    expectTypeOf<ActivityItem['requests']>().toEqualTypeOf<number>()
    // Present only when the request passes group_by=workspace.
    expectTypeOf<ActivityItem['workspace_id']>().toEqualTypeOf<string | undefined>()
  })
})
