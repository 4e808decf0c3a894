// The goals of issue 20 and how each is read from results.json. Every row is a ratio to (or a
// bound checked against) a baseline measured in the same run; a section that did not run gives no
// row, so a partial `node run.mjs <section>` still renders.

export const GOALS = {
  /** keys.listAll at concurrency 8 is at least this many times faster than at concurrency 1. */
  listSpeedup: 5,
  /** ... and within this factor of the ideal (latency × pages ÷ concurrency). */
  listIdealFactor: 1.5,
  /** Requests sent per page of keys, seam re-reads and pages fetched ahead included. */
  requestsPerPage: 1.03,
  /** min+gzip bytes of the size programs (a) list, (b) every key operation, (c) full client. */
  sizeListBytes: 3_000,
  sizeKeyOperationsBytes: 5_000,
  sizeFullClientBytes: 6_000,
  /** Per-call time against plain fetch, GET and POST. */
  overheadRatio: 1.05,
  /** CLI against `node -e 0` (ms added) and against a plain-fetch script (ratio). */
  cliVersionDeltaMs: 20,
  cliHelpDeltaMs: 50,
  cliListRatio: 1.2,
}

/**
 * @param {object} r results.json
 * @param {object} format the report's formatters: { ratio, ms, kB, num }
 * @returns {{ goal: string, target: string, measured: string, pass: boolean }[]}
 */
export function goalRows(r, { ratio, ms, kB, num }) {
  const rows = []
  const latency = r.listLatency
  const c1 = latency?.rows.find((x) => x.id === 'ours-c1')
  const c8 = latency?.rows.find((x) => x.id === 'ours-c8')
  if (c1 && c8) {
    const speedup = c1.wallMs.median / c8.wallMs.median
    rows.push({
      goal: `Listing ${num(latency.totalKeys)} keys at ${latency.latencyMs} ms: concurrency 8 vs concurrency 1`,
      target: `≥ ${GOALS.listSpeedup}× faster`,
      measured: `${ratio(speedup)} (${ms(c8.wallMs.median)} vs ${ms(c1.wallMs.median)})`,
      pass: speedup >= GOALS.listSpeedup,
    })
    const ofIdeal = c8.wallMs.median / c8.idealMs
    rows.push({
      goal: 'Listing at concurrency 8 vs the ideal (latency × pages ÷ 8)',
      target: `≤ ${ratio(GOALS.listIdealFactor)}`,
      measured: `${ratio(ofIdeal)} (${ms(c8.wallMs.median)} vs ${ms(c8.idealMs)})`,
      pass: ofIdeal <= GOALS.listIdealFactor,
    })
    for (const row of latency.rows.filter((x) => x.ours)) {
      const perPage = row.requests / latency.pages
      rows.push({
        goal: `Requests per page, ${row.label}`,
        target: `≤ ${ratio(GOALS.requestsPerPage)}`,
        measured: `${ratio(perPage)} (${num(row.requests)} requests, ${num(latency.pages)} pages)`,
        pass: perPage <= GOALS.requestsPerPage,
      })
    }
  }
  const inventory = r.inventory
  const ours = inventory?.rows.find((x) => x.id === 'ours')
  const sequential = inventory?.rows.find((x) => x.id === 'sequential')
  if (ours && sequential) {
    const speedup = sequential.wallMs.median / ours.wallMs.median
    rows.push({
      goal: `Inventory ${inventory.workspaces} × ${num(inventory.keysPerWorkspace)} keys vs a sequential loop over workspaces`,
      // The issue names no number for the inventory: the row reports, it does not judge.
      target: 'none set (issue 20)',
      measured: `${ratio(speedup)} (${ms(ours.wallMs.median)} vs ${ms(sequential.wallMs.median)})`,
      pass: null,
    })
  }
  const surface = r.surfaceSize
  if (surface) {
    const bounds = {
      list: GOALS.sizeListBytes,
      keyOperations: GOALS.sizeKeyOperationsBytes,
      fullClient: GOALS.sizeFullClientBytes,
    }
    for (const program of surface.programs.filter((p) => p.ours)) {
      const base = surface.programs.find((p) => p.program === program.program && p.baseline)
      rows.push({
        goal: `Size, ${program.label}`,
        target: `≤ ${kB(bounds[program.program])} min+gzip`,
        measured: `${kB(program.gzip)}${base ? ` (${ratio(program.gzip / base.gzip)} ${base.library})` : ''}`,
        pass: program.gzip <= bounds[program.program],
      })
    }
  }
  for (const row of r.overhead?.methods ?? []) {
    rows.push({
      goal: `Per-call time, ${row.method} vs plain fetch (median of ${row.runs} runs)`,
      target: `≤ ${ratio(GOALS.overheadRatio)}`,
      measured: `${ratio(row.ratio)} (${num(row.oursUs)} µs vs ${num(row.fetchUs)} µs)`,
      pass: row.ratio <= GOALS.overheadRatio,
    })
  }
  const cliBounds = {
    'ork-version': { label: '`ork --version` vs `node -e 0`', bound: GOALS.cliVersionDeltaMs },
    'ork-help': { label: '`ork --help` vs `node -e 0`', bound: GOALS.cliHelpDeltaMs },
    'ork-list': { label: '`ork keys list` vs a plain-fetch script', bound: GOALS.cliListRatio },
    // The issue sets no bound for the dry run: the row reports how far it is from `node -e 0`.
    'ork-create-dry-run': { label: '`ork keys create --dry-run` vs `node -e 0`', bound: null },
  }
  for (const row of r.coldStart?.cli ?? []) {
    const { label, bound } = cliBounds[row.id]
    const target =
      bound === null
        ? 'none set (issue 20)'
        : row.kind === 'delta'
          ? `≤ +${ms(bound)}`
          : `≤ ${ratio(bound)}`
    if (row.available === false) {
      rows.push({ goal: label, target, measured: 'not available in this build', pass: null })
      continue
    }
    const value = row.kind === 'delta' ? `+${ms(row.value)}` : ratio(row.value)
    const measured = `${value} (${ms(row.medianMs)} vs ${ms(row.baselineMs)})`
    rows.push({ goal: label, target, measured, pass: bound === null ? null : row.value <= bound })
  }
  return rows
}
