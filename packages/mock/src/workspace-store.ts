// The account's workspaces, in listing order (oldest first), found by id (case-insensitively, as
// UUIDs compare) or by slug, like GET /workspaces/{id}.
import type { Workspace } from '@openrouter-kit/types'
import type { Clock } from './clock'
import { cloneJson } from './json-value'
import { type Random, randomUuid } from './random'
import { makeWorkspace } from './seed-workspaces'
import { assertCompleteWorkspace } from './workspace-schema'

/** `My Team!` -> `my-team`: the URL-friendly form OpenRouter uses for slugs. */
function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug === '' ? 'workspace' : slug
}

export class WorkspaceStore {
  readonly #byId = new Map<string, Workspace>()
  readonly #bySlug = new Map<string, Workspace>()
  readonly #ordered: Workspace[] = []
  readonly #random: Random
  readonly #clock: Clock

  /** `seeded` must be complete and unique (the seeds are); `random` draws ids for new ones. */
  constructor(seeded: readonly Workspace[], random: Random, clock: Clock) {
    this.#random = random
    this.#clock = clock
    for (const workspace of seeded) this.#store(cloneJson(workspace))
  }

  get count(): number {
    return this.#ordered.length
  }

  /** The workspace with this id (any case) or slug. */
  find(idOrSlug: string): Workspace | undefined {
    const found = this.#byId.get(idOrSlug.toLowerCase()) ?? this.#bySlug.get(idOrSlug)
    return found && cloneJson(found)
  }

  /** The stored id of the workspace with this id in any case (keys then carry the stored form). */
  idOf(id: string): string | undefined {
    return this.#byId.get(id.toLowerCase())?.id
  }

  /** Copies, oldest first, from `offset`, at most `limit`. */
  list(offset = 0, limit = Number.POSITIVE_INFINITY): Workspace[] {
    return this.#ordered.slice(offset, offset + limit).map((workspace) => cloneJson(workspace))
  }

  /**
   * Adds a workspace; `fields` are valid Workspace fields (checked by the caller), the omitted
   * ones generated: a new id, a name, a slug from the name, created now.
   */
  add(fields: Partial<Workspace>, where: string): Workspace {
    const name = fields.name ?? `Workspace ${this.#ordered.length + 1}`
    const generated = makeWorkspace(
      {
        id: fields.id ?? this.#newId(),
        name,
        slug: fields.slug ?? this.#freeSlug(slugify(name)),
        description: null,
      },
      this.#clock.now(),
    )
    const workspace: Workspace = { ...generated, ...cloneJson(fields) }
    assertCompleteWorkspace(workspace, where)
    if (this.#byId.has(workspace.id.toLowerCase())) {
      throw new TypeError(
        `${where}: a workspace with id ${JSON.stringify(workspace.id)} already exists`,
      )
    }
    if (this.#bySlug.has(workspace.slug)) {
      throw new TypeError(
        `${where}: a workspace with slug ${JSON.stringify(workspace.slug)} already exists`,
      )
    }
    this.#store(workspace)
    return cloneJson(workspace)
  }

  /** Makes sure a workspace with this id exists (a key put into the state may name a new one). */
  ensure(id: string): void {
    if (this.#byId.has(id.toLowerCase())) return
    const short = id.slice(0, 8).toLowerCase()
    this.add(
      { id, name: `Workspace ${short}`, slug: this.#freeSlug(`workspace-${short}`) },
      'ensure',
    )
  }

  #store(workspace: Workspace): void {
    this.#byId.set(workspace.id.toLowerCase(), workspace)
    this.#bySlug.set(workspace.slug, workspace)
    this.#ordered.push(workspace)
  }

  #newId(): string {
    let id = randomUuid(this.#random)
    while (this.#byId.has(id)) id = randomUuid(this.#random)
    return id
  }

  #freeSlug(base: string): string {
    let slug = base
    for (let suffix = 2; this.#bySlug.has(slug); suffix++) slug = `${base}-${suffix}`
    return slug
  }
}
