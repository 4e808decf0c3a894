/** The management key the mock accepts by default. Public on purpose: it only opens the mock. */
export const MOCK_MANAGEMENT_KEY = 'sk-or-v1-mock-management-key'

/** Workspace that `GET /keys` lists when no `workspace_id` is given (the spec's example id). */
export const DEFAULT_WORKSPACE_ID = '0df9e665-d932-5740-b2c7-b52af166bc11'

/** The first seeded workspace besides the default one ("Production"). */
export const OTHER_WORKSPACE_ID = '5b1e7c42-8a3d-4f6e-9c21-7d04e8b9a613'

/** The second seeded workspace besides the default one ("Staging"). */
export const THIRD_WORKSPACE_ID = 'c3a9f0d2-6b7e-4c15-8e4a-2f9b1d7c5e38'

/** Keys per page, as OpenRouter documents for `GET /keys`. */
export const DEFAULT_PAGE_SIZE = 100

/** Generated keys in the default workspace when neither `keys` nor `seed` is given. */
export const DEFAULT_SEED_COUNT = 25

/** Seeded workspaces besides the default one, unless `workspaces` says otherwise. */
export const DEFAULT_EXTRA_WORKSPACES = 2

/** Generated keys in each seeded workspace besides the default one, unless `keysPerWorkspace` says otherwise. */
export const DEFAULT_KEYS_PER_WORKSPACE = 3

/** Every route lives under this prefix, like the real API's base URL. */
export const BASE_PATH = '/api/v1'

/** Requests the log keeps (the most recent ones) unless `requestLogLimit` says otherwise. */
export const DEFAULT_REQUEST_LOG_LIMIT = 1_000

/** The model `recordUsage` attributes usage to when none is given. */
export const DEFAULT_ACTIVITY_MODEL = 'openai/gpt-4o-mini'
