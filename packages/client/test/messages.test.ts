// One message for one bad value, wherever it is caught: the client (before sending), the mock
// (a 400 from the server side) and the management proxy (a 400 before forwarding) all check with
// the same generated descriptors and codecs. Enumerated from the descriptors, so an operation or
// a parameter added to the spec is covered without an edit here.
import {
  type Codec,
  allOperations as generatedOperations,
  type OperationDescriptor,
} from '@openrouter-kit/types/operations'
import { describe, expect, it } from 'vitest'
import { call, createClientCore, InvalidRequestError } from '../src/index'
import { createManagementProxy } from '../src/server/index'
import { KEY, record, scanRecordsForKey, startMock } from './harness'

const APP = 'https://app.example/api/openrouter'
// Widened to the descriptor type: operations without a body or a query are listed too.
const allOperations: readonly OperationDescriptor[] = generatedOperations
// Values that break some codec each: bounds, fractions, formats, enums, types.
const BAD_VALUES: unknown[] = [
  -1,
  0,
  1.5,
  101,
  2 ** 53,
  'abc',
  'yes',
  '',
  'yearly',
  true,
  '2030-01-01T00:00:00+02:00',
]
const VALID_PATH_VALUE = 'abc'

const pathFor = (operation: OperationDescriptor) =>
  Object.keys(operation.pathParams).reduce(
    (path, name) => path.replace(`{${name}}`, VALID_PATH_VALUE),
    operation.path,
  )
const pathParams = (operation: OperationDescriptor) =>
  Object.fromEntries(Object.keys(operation.pathParams).map((name) => [name, VALID_PATH_VALUE]))
const rejects = (codec: Codec, value: unknown) => !codec.encode(value).ok

/** The same bad value through the client, the mock and the proxy: three messages. */
async function messagesFor(
  operation: OperationDescriptor,
  input: { params?: Record<string, unknown>; body?: unknown; query?: string },
) {
  const { url, mock } = await startMock()
  const core = createClientCore({ apiKey: KEY, baseURL: url })
  const clientError = await call(core, operation, { params: input.params, body: input.body }).catch(
    (error: unknown) => error,
  )
  expect(
    InvalidRequestError.isInstance(clientError),
    `${operation.id}: the client refused it`,
  ).toBe(true)
  expect(mock.requests).toHaveLength(0)
  const init = (target: string) =>
    new Request(`${target}${pathFor(operation)}${input.query ?? ''}`, {
      method: operation.method,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: input.body === undefined ? undefined : JSON.stringify(input.body),
    })
  const fromMock = await (await fetch(init(url))).json()
  const proxy = createManagementProxy({
    apiKey: KEY,
    baseURL: url,
    operations: [operation.id as never],
    authorize: () => true,
  })
  const proxied = await proxy(init(APP))
  const fromProxy = await proxied.json()
  record((clientError as Error).message, JSON.stringify(fromMock), JSON.stringify(fromProxy))
  return {
    client: (clientError as Error).message,
    mock: fromMock.error?.message,
    proxy: fromProxy.error?.message,
    statuses: [proxied.status],
  }
}

// In a query, -1 for a string parameter is the text "-1", which is fine: only values that are
// bad both as the caller's value and as the text sent are compared.
const queryCases = allOperations.flatMap((operation) =>
  Object.entries(operation.query).flatMap(([name, codec]) =>
    BAD_VALUES.filter((value) => rejects(codec, value) && !codec.decodeText(String(value)).ok).map(
      (value) => ({ operation, name, value }),
    ),
  ),
)
const bodyCases = allOperations.flatMap((operation) =>
  Object.entries(operation.body?.fields ?? {}).flatMap(([name, codec]) =>
    BAD_VALUES.filter((value) => rejects(codec, value)).map((value) => ({
      operation,
      name,
      value,
    })),
  ),
)

describe('the same text for the same bad value: client, mock, proxy', () => {
  it('covers every query parameter and body field of the spec', () => {
    const covered = new Set(
      [...queryCases, ...bodyCases].map(({ operation, name }) => `${operation.id}.${name}`),
    )
    const declared = allOperations.flatMap((operation) => [
      ...Object.keys(operation.query).map((name) => `${operation.id}.${name}`),
      ...Object.keys(operation.body?.fields ?? {}).map((name) => `${operation.id}.${name}`),
    ])
    // A parameter no bad text breaks (free text, such as api_key_hash) has nothing to compare.
    const freeText = declared.filter((entry) => !covered.has(entry))
    for (const entry of freeText) {
      const [id, name] = entry.split('.') as [string, string]
      const operation = allOperations.find(
        (candidate) => candidate.id === id,
      ) as OperationDescriptor
      const codec = operation.query[name] ?? operation.body?.fields[name]
      expect(codec?.expected, entry).toMatch(/^a string/)
    }
    expect(covered.size).toBeGreaterThan(10)
  })

  it.each(
    queryCases.map(
      (entry) => [`${entry.operation.id} ?${entry.name}=${String(entry.value)}`, entry] as const,
    ),
  )('%s', async (_label, { operation, name, value }) => {
    const messages = await messagesFor(operation, {
      params: { ...pathParams(operation), [name]: value },
      query: `?${new URLSearchParams({ [name]: String(value) })}`,
    })
    expect(messages.client).toMatch(new RegExp(`^Invalid ${name}: received `))
    expect(messages.mock).toBe(messages.client)
    expect(messages.proxy).toBe(messages.client)
    expect(messages.statuses).toEqual([400])
  })

  it.each(
    bodyCases.map(
      (entry) =>
        [
          `${entry.operation.id} body.${entry.name} = ${JSON.stringify(entry.value)}`,
          entry,
        ] as const,
    ),
  )('%s', async (_label, { operation, name, value }) => {
    const required = Object.fromEntries(
      (operation.body?.required ?? [])
        .filter((field) => field !== name)
        .map((field) => [field, 'valid']),
    )
    const body = { ...required, [name]: value }
    const messages = await messagesFor(operation, { params: pathParams(operation), body })
    expect(messages.client).toMatch(new RegExp(`^Invalid ${name}: received `))
    expect(messages.mock).toBe(messages.client)
    expect(messages.proxy).toBe(messages.client)
  })
})

scanRecordsForKey()
