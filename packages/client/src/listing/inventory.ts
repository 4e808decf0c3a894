// The inventory: every key of every workspace, each once. Workspaces are listed first (offset
// and limit paging), then their keys, several workspaces at a time, all within one concurrency
// budget (a shared limiter), so `concurrency: 4` means 4 requests in flight in all.
import type { ApiKey, ListApiKeysParams, Workspace } from '@openrouter-kit/types'
import type { ClientCore } from '../core/client-core'
import { OpenRouterError } from '../errors'
import { listApiKeys, listWorkspaces } from '../generated/operations'
import { listExactlyOnce, type PageSource } from './exact-listing'
import { createLimiter } from './limiter'
import type { CheckedListingOptions } from './listing'

/** GET /keys and GET /workspaces answer at most this many items per page. */
export const PAGE_SIZE = 100

const stringField = (field: string) => (item: unknown) => {
  const value = (item as Record<string, unknown> | null)?.[field]
  return typeof value === 'string' ? value : undefined
}

/** Pages of one workspace's keys (or of the default workspace, without `workspace_id`). */
export function keyPages(core: ClientCore, params: Omit<ListApiKeysParams, 'offset'>): PageSource {
  return {
    name: 'keys.listAll',
    pageSize: PAGE_SIZE,
    idOf: stringField('hash'),
    fetchPage: async (offset, { signal, onRetry }) =>
      (
        await listApiKeys(
          core,
          { ...params, offset },
          { signal, onRetry: (retry) => onRetry(retry.status) },
        )
      ).data,
  }
}

/** Pages of workspaces. */
export function workspacePages(core: ClientCore): PageSource {
  return {
    name: 'workspaces.listAll',
    pageSize: PAGE_SIZE,
    idOf: stringField('id'),
    fetchPage: async (offset, { signal, onRetry }) =>
      (
        await listWorkspaces(
          core,
          { offset, limit: PAGE_SIZE },
          { signal, onRetry: (retry) => onRetry(retry.status) },
        )
      ).data,
  }
}

interface Running {
  workspace: Workspace
  iterator: AsyncIterator<ApiKey>
  next: Promise<Step>
}
type Step = { index: number; result?: IteratorResult<ApiKey>; error?: unknown }

export async function* inventoryKeys(
  core: ClientCore,
  params: Pick<ListApiKeysParams, 'include_disabled'>,
  options: CheckedListingOptions,
): AsyncGenerator<ApiKey> {
  const limiter = createLimiter(options.concurrency)
  // Ends every listing of the inventory when it finishes, breaks or fails.
  const stop = new AbortController()
  const onCallerAbort = () => stop.abort(options.signal?.reason)
  options.signal?.addEventListener('abort', onCallerAbort, { once: true })
  const shared = { ...options, signal: stop.signal, limit: Number.POSITIVE_INFINITY, limiter }
  const running = new Map<number, Running>()
  try {
    const workspaces: Workspace[] = []
    for await (const workspace of listExactlyOnce<Workspace>(workspacePages(core), {
      ...shared,
      onPage: undefined,
    })) {
      workspaces.push(workspace)
    }
    const seen = new Set<string>()
    let pages = 0
    let started = 0
    const step = (index: number, iterator: AsyncIterator<ApiKey>): Promise<Step> =>
      iterator.next().then(
        (result) => ({ index, result }),
        (error: unknown) => ({ index, error }),
      )
    const startMore = () => {
      while (running.size < limiter.limit && started < workspaces.length) {
        const index = started++
        const workspace = workspaces[index] as Workspace
        const iterator = listExactlyOnce<ApiKey>(
          keyPages(core, { ...params, workspace_id: workspace.id }),
          {
            ...shared,
            onPage: () => {
              pages++
              options.onPage?.({ page: pages, keys: seen.size })
            },
          },
        )
        running.set(index, { workspace, iterator, next: step(index, iterator) })
      }
    }
    while (seen.size < options.limit) {
      startMore()
      if (running.size === 0) return
      const { index, result, error } = await Promise.race(
        [...running.values()].map((entry) => entry.next),
      )
      const entry = running.get(index) as Running
      if (error !== undefined) {
        if (options.signal?.aborted) throw error
        const { name, id } = entry.workspace
        throw new OpenRouterError(
          `keys.inventory: listing the keys of workspace "${name}" (${id}) failed: ${(error as Error).message}`,
          {
            cause: error,
          },
        )
      }
      if (result?.done) {
        running.delete(index)
        continue
      }
      const key = result?.value as ApiKey
      entry.next = step(index, entry.iterator)
      if (seen.has(key.hash)) continue
      seen.add(key.hash)
      yield key
    }
  } finally {
    options.signal?.removeEventListener('abort', onCallerAbort)
    stop.abort()
    await Promise.all(
      [...running.values()].map((entry) => entry.iterator.return?.().catch(() => undefined)),
    )
  }
}
