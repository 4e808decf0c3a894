// Turns results.json into results.md: one table per measurement, plus the targets with pass/miss.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { goalRows } from './goals.mjs'
import { benchDir } from './lib/paths.mjs'

const TARGETS = { gzipBytes: 4000, importDeltaMs: 30, overheadRatio: 1.05 }

const num = (value, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const kB = (bytes) => `${num(bytes / 1000, 2)} kB`
const MB = (bytes) => `${num(bytes / 1e6, 1)} MB`
const ms = (value) => `${num(value, 1)} ms`
const msInt = (value) => `${num(value)} ms`
const range = (s, format) => `${format(s.min)}–${format(s.max)}`
const ratio = (value) => (value < 0.1 ? `${value.toPrecision(2)}×` : `${num(value, 2)}×`)
const signed = (value, format) => (value < 0 ? `−${format(-value)}` : `+${format(value)}`)
const verdict = (ok) => (ok ? '**pass**' : '**miss**')
const bold = (row, text) => (row.ours ? `**${text}**` : text)

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

const notBuilt = (what) => `_${what} not measured: the package was not built when this ran._`

function targetsSection(r) {
  const rows = []
  const ours = r.size?.programs.find((p) => p.id === 'ours')
  if (ours) {
    const worst = Math.max(ours.browser.gzip, ours.node.gzip)
    rows.push([
      'Client list program ≤ 4 kB gzip (esbuild, browser and node)',
      `${kB(ours.browser.gzip)} browser, ${kB(ours.node.gzip)} node`,
      verdict(worst <= TARGETS.gzipBytes),
    ])
  }
  const imp = r.coldStart?.rows.find((x) => x.id === 'ours')
  if (imp) {
    rows.push([
      "`import('@openrouter-kit/client')` ≤ `node -e 0` + 30 ms",
      `${signed(imp.delta, ms)} (median)`,
      verdict(imp.delta <= TARGETS.importDeltaMs),
    ])
  }
  const over = r.overhead?.rows.find((x) => x.id === 'ours')
  // With per-method runs the goals table carries this target (median of the per-run ratios).
  if (over && !r.overhead.methods?.length) {
    rows.push([
      'Request overhead ≤ 1.05× plain fetch',
      `${ratio(over.ratio)} (${num(over.median)} µs vs ${num(r.overhead.rows.find((x) => x.id === 'fetch').median)} µs)`,
      verdict(over.ratio <= TARGETS.overheadRatio),
    ])
  }
  const all = r.listAll?.rows.find((x) => x.id === 'ours')
  if (all) {
    rows.push([
      '`listAll` RSS growth ≤ two pages of JSON',
      `${MB(all.rssGrowth.median)} vs ${kB(r.listAll.twoPagesBytes)}`,
      verdict(all.rssGrowth.median <= r.listAll.twoPagesBytes),
    ])
  }
  if (rows.length === 0) return notBuilt('@openrouter-kit/client')
  return table(['Target', 'Measured', 'Result'], rows)
}

function sizeSection(size) {
  const base = size.programs.find((p) => p.id === 'openapi-fetch')
  const programs = table(
    [
      'Program: create a client, list one page',
      'browser min',
      'browser gzip',
      'node min',
      'node gzip',
      'gzip vs openapi-fetch',
    ],
    size.programs.map((p) => [
      bold(p, p.label),
      kB(p.browser.minified),
      bold(p, kB(p.browser.gzip)),
      kB(p.node.minified),
      kB(p.node.gzip),
      ratio(p.browser.gzip / base.browser.gzip),
    ]),
  )
  const reactBase = size.react.find((a) => a.id === 'base')
  const react = table(
    [
      'React app (browser)',
      'min',
      'gzip',
      'gzip added to the base app',
      'gzip added to the row above',
    ],
    size.react.map((a, i) => [
      a.label,
      kB(a.browser.minified),
      kB(a.browser.gzip),
      i === 0 ? '—' : `+${kB(a.browser.gzip - reactBase.browser.gzip)}`,
      i === 0 ? '—' : `+${kB(a.browser.gzip - size.react[i - 1].browser.gzip)}`,
    ]),
  )
  const ours = size.programs.find((p) => p.id === 'ours')
  const split = ours
    ? `\n\nWhere our list program's bytes come from (browser, minified, before gzip): ${Object.entries(
        ours.browser.byPackage,
      )
        .map(([name, bytes]) => `${name} ${kB(bytes)}`)
        .join(', ')}.`
    : ''
  return `${programs}${split}\n\n${react}`
}

function coldStartSection(c) {
  return table(
    ['Command', 'median', 'min–max', 'Δ vs `node -e 0`', 'ratio'],
    c.rows.map((x) => [
      bold(x, x.label),
      ms(x.median),
      range(x, ms),
      x.id === 'node' ? '—' : signed(x.delta, ms),
      ratio(x.ratio),
    ]),
  )
}

function overheadSection(o) {
  const us = (v) => `${num(v)} µs`
  const rowsTable = (title, rows) =>
    table(
      [title, 'µs per call (median of rounds)', 'min–max over rounds', '× plain fetch'],
      rows.map((x) => [bold(x, x.label), us(x.median), range(x, us), ratio(x.ratio)]),
    )
  const get = rowsTable('GET one page of keys', o.rows)
  const post = o.postRows ? `\n\n${rowsTable('POST create one key', o.postRows)}` : ''
  const perRun = (o.methods ?? [])
    .map(
      (m) => `${m.method}: ${m.ratios.map((x) => ratio(x)).join(', ')} (median ${ratio(m.ratio)})`,
    )
    .join('; ')
  return `${get}${post}${perRun ? `\n\nOurs ÷ plain fetch per run: ${perRun}.` : ''}`
}

function listAllSection(l) {
  return table(
    [
      'Listing 10,000 keys (100 pages)',
      'wall time',
      'wall min–max',
      'peak RSS',
      'RSS growth',
      'growth min–max',
      'retained heap after GC',
    ],
    l.rows.map((x) => [
      bold(x, x.label),
      ms(x.wallMs.median),
      range(x.wallMs, ms),
      MB(x.peakRss.median),
      MB(x.rssGrowth.median),
      range(x.rssGrowth, MB),
      kB(x.retainedHeap.median),
    ]),
  )
}

function typeCostSection(t) {
  const base = t.rows.find((x) => x.id === 'openapi-fetch')
  return table(
    [
      'Consumer file',
      'files',
      'types',
      'instantiations',
      'vs openapi-fetch',
      'check time',
      'check min–max',
      'total tsc time',
    ],
    t.rows.map((x) => [
      bold(x, x.label),
      num(x.files),
      num(x.types),
      bold(x, num(x.instantiations)),
      ratio(x.instantiations / base.instantiations),
      // tsc prints seconds with two decimals: 10 ms resolution.
      msInt(x.checkMs.median),
      range(x.checkMs, msInt),
      msInt(x.totalMs.median),
    ]),
  )
}

function goalsSection(r) {
  const rows = goalRows(r, { ratio, ms, kB, num })
  if (rows.length === 0) return '_No goal measured in this run._'
  return table(
    ['Goal', 'Target', 'Measured', 'Result'],
    rows.map((row) => [
      row.goal,
      row.target,
      row.measured,
      row.pass === null ? '—' : verdict(row.pass),
    ]),
  )
}

function listLatencySection(l) {
  return table(
    ['Contender', 'wall time', 'wall min–max', 'ideal', '× ideal', 'requests', 'requests ÷ pages'],
    l.rows.map((x) => [
      bold(x, x.label),
      ms(x.wallMs.median),
      range(x.wallMs, ms),
      ms(x.idealMs),
      ratio(x.wallMs.median / x.idealMs),
      num(x.requests),
      ratio(x.requests / l.pages),
    ]),
  )
}

function inventorySection(i) {
  const sequential = i.rows.find((x) => x.id === 'sequential')
  return table(
    ['Contender', 'wall time', 'wall min–max', 'requests', 'speed-up vs sequential'],
    i.rows.map((x) => [
      bold(x, x.label),
      ms(x.wallMs.median),
      range(x.wallMs, ms),
      num(x.requests),
      ratio(sequential.wallMs.median / x.wallMs.median),
    ]),
  )
}

function surfaceSizeSection(s) {
  return table(
    ['Program', 'min', 'min+gzip', 'gzip vs openapi-fetch, same program'],
    s.programs.map((p) => {
      const base = s.programs.find((b) => b.program === p.program && b.baseline)
      return [bold(p, p.label), kB(p.minified), bold(p, kB(p.gzip)), ratio(p.gzip / base.gzip)]
    }),
  )
}

function specPipelineSection(p) {
  return table(
    ['Command', 'median', 'min–max', '× `node -e 0`'],
    p.rows.map((x) => [bold(x, x.label), ms(x.median), range(x, ms), ratio(x.ratio)]),
  )
}

function section(title, data, render, method, what) {
  return `## ${title}\n\n${method}\n\n${data ? render(data) : notBuilt(what)}\n`
}

/** Method notes, and for every missed target what the numbers say about why. */
function notes(r) {
  const out = [
    '@openrouter/sdk 1.3.19 validates every key with zod and requires `external_user` (string or null), a field our spec does not describe. So the bench serves the mock from bench/lib/mock-server.mjs: the keys the mock generates, with `external_user: null` added, the same bytes for every contender. Without it the SDK rejects every page.',
    'Every program lists with `include_disabled=true`, so that a page holds the full 100 keys (about 15% of generated keys are disabled).',
  ]
  const size = r.size?.programs.find((p) => p.id === 'ours')
  if (size && Math.max(size.browser.gzip, size.node.gzip) > TARGETS.gzipBytes) {
    const base = r.size.programs.find((p) => p.id === 'openapi-fetch')
    out.push(
      `Size target missed: ${kB(size.browser.gzip)} gzip, ${kB(size.browser.gzip - TARGETS.gzipBytes)} over 4 kB; openapi-fetch alone is ${kB(base.browser.gzip)}. The per-package split above shows where the bytes are.`,
    )
  }
  const cold = r.coldStart?.rows
  const imp = cold?.find((x) => x.id === 'ours')
  if (imp && imp.delta > TARGETS.importDeltaMs) {
    const node = cold.find((x) => x.id === 'node')
    out.push(
      `Import target missed: +${ms(imp.delta)} over \`node -e 0\`, whose own runs spread over ${ms(node.max - node.min)} (min–max); \`import('openapi-fetch')\` measured ${signed(cold.find((x) => x.id === 'openapi-fetch').delta, ms)}.`,
    )
  }
  const over = r.overhead?.rows
  const oursOver = over?.find((x) => x.id === 'ours')
  if (oursOver && oursOver.ratio > TARGETS.overheadRatio) {
    out.push(
      `Overhead target missed: ${ratio(oursOver.ratio)} plain fetch, i.e. ${num(oursOver.median - over.find((x) => x.id === 'fetch').median)} µs per call more; openapi-fetch alone is ${ratio(over.find((x) => x.id === 'openapi-fetch').ratio)}.`,
    )
  }
  const all = r.listAll?.rows
  const oursAll = all?.find((x) => x.id === 'ours')
  if (oursAll) {
    const loop = all.find((x) => x.id === 'fetch')
    if (oursAll.rssGrowth.median > r.listAll.twoPagesBytes) {
      const http = all.find((x) => x.id === 'http')
      const transport = http
        ? ` The same loop on node:http grows by ${MB(http.rssGrowth.median)}, so most of the growth belongs to Node's global fetch (undici: streams, buffers and finalizers freed only by a full collection, which shows as a sawtooth in RSS), which every fetch-based client shares; meeting the literal bound would take a different transport (our client accepts a custom \`fetch\`), not a change in \`listAll\`.`
        : ''
      out.push(
        `RSS target missed: ${MB(oursAll.rssGrowth.median)} growth against ${kB(r.listAll.twoPagesBytes)} for two pages. The plain-fetch loop, which keeps nothing either, grows by ${MB(loop.rssGrowth.median)}: the growth is garbage awaiting collection, not pages kept alive. What is kept shows in the retained heap after a final \`gc()\`: ${kB(oursAll.retainedHeap.median)} for \`listAll\` vs ${kB(loop.retainedHeap.median)} for the loop (code compiled during the run counts there too), against about ${MB((r.listAll.twoPagesBytes * r.listAll.totalKeys) / r.listAll.pageSize / 2)} of JSON listed. Against the loop, \`listAll\` grows ${signed(oursAll.rssGrowth.median - loop.rssGrowth.median, MB)}.${transport}`,
      )
    }
    if (r.overhead) {
      const perPage = loop.wallMs.median / (r.listAll.totalKeys / r.listAll.pageSize)
      out.push(
        `Section 4 wall time is mostly the server: ${ms(perPage)} per page from a 10,000-key store (plain-fetch loop) against ${num(r.overhead.rows.find((x) => x.id === 'fetch').median)} µs per page from a 100-key store in section 3; the mock's work per request grows with the store size.`,
      )
    }
  }
  const latency = r.listLatency
  const c8 = latency?.rows.find((x) => x.id === 'ours-c8')
  if (c8) {
    const loop = latency.rows.find((x) => x.id === 'fetch')
    out.push(
      `Listing at latency: an offset loop must ask once past the last full page to see the end (${num(loop.requests)} requests for ${num(latency.pages)} pages in the plain loop); \`listAll\` at concurrency ${c8.concurrency} also fetches up to ${c8.concurrency - 1} pages ahead of the end (the client's README says so), hence ${num(c8.requests)}. Its wall time over the ideal includes the first page, which is fetched alone before paging ahead starts, and the mock's own CPU time, which runs in the bench process here so that it can count requests.`,
    )
  }
  const surface = r.surfaceSize?.programs.filter((p) => p.ours)
  if (surface?.some((p) => p.gzip > 3_000)) {
    out.push(
      'Surface size goals missed by our standalone functions and our full client alike; the per-module split of those bundles comes from `node packages/client/scripts/size.mjs --modules`.',
    )
  }
  return out
}

export function renderMarkdown(r) {
  const e = r.environment
  return `# Benchmarks

Produced by \`pnpm bench\` (bench/run.mjs) — do not edit by hand. Run ${e.date}, commit \`${e.commit}\`,
Node ${e.node}, ${e.cpus}× ${e.cpu}, ${e.os}; loopback only; the run took ${num(e.totalSeconds)} s
(${e.sections.join(', ')}), 1-minute load average ${e.loadAverage[0]} before, ${e.loadAverage[1]} after.
Medians with min–max; every ratio is against a baseline measured in the same run.
1 kB = 1,000 bytes. Our rows are in bold.

## Goals

${goalsSection(r)}

## Targets

${targetsSection(r)}

${section('1. Bundle size', r.size, sizeSection, 'The same program (create a client, list one page of keys, print the count) per library, bundled with esbuild 0.28 (`bundle`, `minify`, ESM, `legalComments: none`) for the browser and node platforms, then gzip level 9 (node:zlib). Browser and node bundles come out identical when no package ships platform-specific code. The React apps mount one component listing keys with TanStack Query; the second adds a component that uses our client directly, the third one that uses `useApiKeys()` from `@openrouter-kit/react` (with its provider).', 'size')}
${section('2. Cold start', r.coldStart, coldStartSection, `Wall time of a fresh \`node\` process, ${r.coldStart?.runs ?? '?'} runs each after one discarded warm-up round, interleaved round robin (order rotated every round). \`ork keys list\` talks to the mock (100 keys) on 127.0.0.1 in a separate process.`, 'cold start')}
${section('3. Request overhead', r.overhead, overheadSection, `${r.overhead?.runs ?? 1} run(s), each a fresh mock and child process, of ${r.overhead ? `${r.overhead.rounds} rounds × ${r.overhead.callsPerRound} sequential calls` : 'rounds of sequential calls'} per client; the tables pool the rounds of all runs, the goal takes the median of the per-run ratios. GET: one page of ${r.overhead?.keysPerPage ?? 100} keys per call after a 20-call warm-up each, interleaved by round (order rotated). The mock runs in its own process on 127.0.0.1; all clients share one fresh child process and use Node's global fetch (keep-alive). POST: \`keys.create({ name })\` against the same request with plain fetch, in its own mock (the store grows by one key per call).`, 'request overhead')}
${section('4. Complete listing', r.listAll, listAllSection, `${r.listAll ? `${r.listAll.runs} runs` : 'Runs'} per contender, each in a fresh \`node --expose-gc\` child: one warm-up request, \`gc()\`, then RSS sampled every millisecond and after every page while all keys are listed; the keys are counted, not kept. RSS growth = peak − RSS before the listing. Two pages of JSON as served by the mock: **${r.listAll ? kB(r.listAll.twoPagesBytes) : '?'}**. Retained heap = heap used after a final \`gc()\` − before.`, 'complete listing')}
${section('5. Type cost', r.typeCost, typeCostSection, `\`tsc --noEmit --extendedDiagnostics\` (TypeScript 5.9) on one consumer file per library that lists a page and maps three fields (bench/type-cost/*), same options for all (strict, moduleResolution bundler, \`skipLibCheck\`, no \`@types\`). Instantiations are deterministic; times are medians of ${r.typeCost?.runs ?? '?'} interleaved runs.`, 'type cost')}
${section('6. Listing at latency', r.listLatency, listLatencySection, `The mock in the bench process with ${r.listLatency?.latencyMs ?? 50} ms added to every request, ${r.listLatency ? num(r.listLatency.totalKeys) : '10,000'} keys (${r.listLatency?.pages ?? 100} pages of ${r.listLatency?.pageSize ?? 100}), on 127.0.0.1; its \`onRequest\` hook counts every \`GET /keys\`, so pages fetched ahead of the end and seam re-reads count. ${r.listLatency?.runs ?? 1} run(s) per contender. Ideal = latency × pages ÷ concurrency. An offset loop needs one request past the last full page to see the end, so the plain loop's floor is pages + 1.`, 'listing at latency')}
${section('7. Inventory at latency', r.inventory, inventorySection, `${r.inventory ? `${r.inventory.workspaces} workspaces × ${num(r.inventory.keysPerWorkspace)} keys` : 'Workspaces'} in the mock, ${r.inventory?.latencyMs ?? 50} ms per request; \`keys.inventory\` (concurrency ${r.inventory?.concurrency ?? 8}) against listing the workspaces and then each workspace with \`keys.listAll\` at concurrency 1, one after the other. Requests include \`GET /workspaces\`. ${r.inventory?.runs ?? 1} run(s) each.`, '@openrouter-kit/client')}
${section('8. Size of the whole surface', r.surfaceSize, surfaceSizeSection, 'Three programs per library, bundled for the browser as in section 1 (esbuild bundle + minify, gzip -9): (a) list one page; (b) every key operation: list, list all (an offset loop where the library has no paging), create, get, update, delete, current key; (c) the full client with one call per namespace (keys, workspaces, credits, activity). Ours uses the standalone per-operation functions (`createClientCore`, `listApiKeys` …, `listAllApiKeys`) for (a) and (b), `createOpenRouterClient` for (c). The SDK has no standalone-functions row for (c): its full client is the class.', 'surface size')}
${section('9. Spec pipeline', r.specPipeline, specPipelineSection, `Wall time of a fresh \`node\` process, ${r.specPipeline?.runs ?? '?'} interleaved rounds. Upstream file: ${r.specPipeline ? kB(r.specPipeline.upstreamBytes) : '?'} of YAML. Both scripts run with \`--check\`: the whole import, lint, bundle and generation, compared with the committed files instead of written over them.`, 'spec pipeline')}
## Notes

${notes(r)
  .map((n) => `- ${n}`)
  .join('\n')}
`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8'))
  writeFileSync(join(benchDir, 'results.md'), renderMarkdown(results))
}
