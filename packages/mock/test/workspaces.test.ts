// GET /workspaces (offset and limit, total_count) and GET /workspaces/{id} (by id or slug), over
// the seeded workspaces and the ones a test adds; the seeds' options.
import type { Workspace } from '@openrouter-kit/types'
import { describe, expect, it } from 'vitest'
import {
  createMockServer,
  DEFAULT_WORKSPACE_ID,
  OTHER_WORKSPACE_ID,
  THIRD_WORKSPACE_ID,
} from '../src/index'
import { componentErrors, conformingBody, documentedFields } from './spec-validator'
import { call, openPerTest, TRANSPORTS } from './transports'

type Listing = { data: Workspace[]; total_count: number }

describe.each(TRANSPORTS)('workspaces (%s)', (kind) => {
  const open = openPerTest(kind)

  const list = async (transport: Parameters<typeof call>[0], query = '') => {
    const response = await call(transport, `/workspaces${query}`)
    expect(response.status).toBe(200)
    return (await conformingBody(response, 'listWorkspaces')) as Listing
  }

  it('lists the default workspace and two more, with only documented fields', async () => {
    const { transport } = await open()
    const { data, total_count } = await list(transport)
    expect(total_count).toBe(3)
    expect(data.map(({ id }) => id)).toEqual([
      DEFAULT_WORKSPACE_ID,
      OTHER_WORKSPACE_ID,
      THIRD_WORKSPACE_ID,
    ])
    expect(data.map(({ slug }) => slug)).toEqual(['default', 'production', 'staging'])
    const documented = documentedFields('Workspace')
    for (const workspace of data) {
      expect(Object.keys(workspace).every((name) => documented.includes(name))).toBe(true)
    }
  })

  it('pages with offset and limit (the spec default 50, at most 100)', async () => {
    const { transport } = await open({ workspaces: 149, keysPerWorkspace: 0 })
    const first = await list(transport)
    expect(first.total_count).toBe(150)
    expect(first.data).toHaveLength(50)
    const pages = [
      await list(transport, '?limit=100'),
      await list(transport, '?offset=100&limit=100'),
    ]
    expect(pages.map(({ data }) => data.length)).toEqual([100, 50])
    const ids = pages.flatMap(({ data }) => data.map(({ id }) => id))
    expect(new Set(ids).size).toBe(150)
    expect(ids.slice(0, 50)).toEqual(first.data.map(({ id }) => id))
    expect((await list(transport, '?offset=150')).data).toEqual([])
    for (const query of ['?limit=0', '?limit=101', '?offset=-1', '?limit=ten']) {
      const response = await call(transport, `/workspaces${query}`)
      expect(response.status).toBe(400)
      await conformingBody(response, 'listWorkspaces')
    }
  })

  it('GET /workspaces/{id} by id (any case) or slug; 404 otherwise', async () => {
    const { mock, transport } = await open()
    const production = mock.listWorkspaces()[1]
    for (const id of [OTHER_WORKSPACE_ID, OTHER_WORKSPACE_ID.toUpperCase(), 'production']) {
      const response = await call(transport, `/workspaces/${id}`)
      expect(response.status).toBe(200)
      expect(await conformingBody(response, 'getWorkspace')).toEqual({ data: production })
    }
    for (const id of ['11111111-2222-4333-8444-555555555555', 'Production', 'nope']) {
      const response = await call(transport, `/workspaces/${id}`)
      expect(response.status).toBe(404)
      expect(await conformingBody(response, 'getWorkspace')).toEqual({
        error: { code: 404, message: 'Workspace not found' },
      })
    }
  })

  it('serves a workspace added with addWorkspace, last in the listing', async () => {
    const { mock, transport } = await open({ now: '2026-03-11T10:00:00Z' })
    const added = mock.addWorkspace({ name: 'Customer Tenants' })
    expect(added).toMatchObject({
      name: 'Customer Tenants',
      slug: 'customer-tenants',
      created_at: '2026-03-11T10:00:00Z',
    })
    const { data, total_count } = await list(transport)
    expect(total_count).toBe(4)
    expect(data.at(-1)).toEqual(added)
    const bySlug = await call(transport, '/workspaces/customer-tenants')
    expect(await conformingBody(bySlug, 'getWorkspace')).toEqual({ data: added })
    const created = await call(transport, '/keys', {
      method: 'POST',
      body: { name: 'Tenant key', workspace_id: added.id },
    })
    expect(created.status).toBe(201)
    expect(mock.listKeys({ workspaceId: added.id })).toHaveLength(1)
  })
})

describe('seeded workspaces and their keys', () => {
  it('spreads generated keys: seed in the default workspace, keysPerWorkspace in each other', () => {
    const mock = createMockServer({ seed: 7, workspaces: 4, keysPerWorkspace: 5 })
    const workspaces = mock.listWorkspaces()
    expect(workspaces).toHaveLength(5)
    const counts = workspaces.map(
      ({ id }) => mock.listKeys({ workspaceId: id, includeDisabled: true }).length,
    )
    expect(counts).toEqual([7, 5, 5, 5, 5])
    for (const workspace of workspaces) expect(componentErrors('Workspace', workspace)).toEqual([])
  })

  it('keeps the default and OTHER_WORKSPACE_ID keys of a seed whatever the other options', () => {
    const plain = createMockServer({ seed: 30, randomSeed: 4 })
    const more = createMockServer({ seed: 30, randomSeed: 4, workspaces: 6 })
    const none = createMockServer({ seed: 30, randomSeed: 4, workspaces: 0 })
    const all = { includeDisabled: true }
    expect(more.listKeys(all)).toEqual(plain.listKeys(all))
    expect(none.listKeys(all)).toEqual(plain.listKeys(all))
    const other = { includeDisabled: true, workspaceId: OTHER_WORKSPACE_ID }
    expect(more.listKeys(other)).toEqual(plain.listKeys(other))
    expect(none.listWorkspaces().map(({ id }) => id)).toEqual([DEFAULT_WORKSPACE_ID])
    expect(more.listWorkspaces().map(({ id }) => id)).toEqual(
      createMockServer({ seed: 30, randomSeed: 4, workspaces: 6 })
        .listWorkspaces()
        .map(({ id }) => id),
    )
  })

  it('gives a key whose workspace_id is new (keys option, addKey) a workspace of its own', () => {
    const seeded = createMockServer({ seed: 1 }).listKeys()[0]
    if (!seeded) throw new Error('expected a key')
    const elsewhere = { ...seeded, workspace_id: '0b5c7e1a-3d2f-4a6b-9c8d-7e6f5a4b3c2d' }
    const mock = createMockServer({ keys: [elsewhere] })
    expect(mock.listWorkspaces().map(({ id }) => id)).toContain(elsewhere.workspace_id)
    const added = mock.addKey({ workspace_id: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d' })
    const workspace = mock.listWorkspaces().at(-1)
    expect(workspace?.id).toBe(added.workspace_id)
    expect(workspace?.slug).toBe('workspace-7a6b5c4d')
    expect(componentErrors('Workspace', workspace)).toEqual([])
  })
})
