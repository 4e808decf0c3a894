import { describe, expect, it } from 'vitest'
import { parseListQuery } from './list-query'

const parse = (query: string) => parseListQuery(new URLSearchParams(query))

describe('parseListQuery', () => {
  it('defaults to enabled keys, offset 0, the default workspace', () => {
    expect(parse('')).toEqual({
      ok: true,
      query: { includeDisabled: false, offset: 0, workspaceId: undefined },
    })
  })

  it('reads valid values', () => {
    expect(
      parse('include_disabled=true&offset=200&workspace_id=5B1E7C42-8A3D-4F6E-9C21-7D04E8B9A613'),
    ).toEqual({
      ok: true,
      query: {
        includeDisabled: true,
        offset: 200,
        workspaceId: '5B1E7C42-8A3D-4F6E-9C21-7D04E8B9A613',
      },
    })
  })

  it('names the parameter and the bad value', () => {
    expect(parse('offset=-3')).toEqual({
      ok: false,
      message: 'Invalid query parameter offset: expected a non-negative integer, got "-3"',
    })
    expect(parse('include_disabled=1')).toMatchObject({
      ok: false,
      message: expect.stringContaining('include_disabled'),
    })
    expect(parse('offset=99999999999999999999')).toMatchObject({ ok: false })
  })

  it('ignores unknown parameters', () => {
    expect(parse('page=2&limit=10')).toMatchObject({ ok: true })
  })
})
