#!/usr/bin/env node
// `pnpm spec:import [--from FILE] [--check] [--drop-missing]`
//
// Makes spec/openapi.yaml from OpenRouter's published description (default: the vendored
// spec/upstream/openrouter.yaml) and spec/import.yaml, which says what to take and how to name
// it. Same inputs, same bytes.
//   --from FILE      read another upstream file (YAML or JSON; whole, or only the parts we take)
//   --check          write nothing; exit 1 and say what differs when spec/openapi.yaml is stale
//   --drop-missing   leave out an operation the source lacks (said on stderr) instead of failing
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, isAbsolute, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import { describeDifferences } from './lib/spec-import/differences.mjs'
import { importSpec, serialise } from './lib/spec-import/index.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
export const SPEC_FILE = join(root, 'spec/openapi.yaml')
export const CONFIG_FILE = join(root, 'spec/import.yaml')
export const UPSTREAM_FILE = join(root, 'spec/upstream/openrouter.yaml')

const sha256 = (text) => createHash('sha256').update(text).digest('hex')

/** How an input file is named in the header: its repo path, or its base name when outside. */
function label(file) {
  const path = relative(root, file)
  return path.startsWith('..') || isAbsolute(path) ? basename(file) : path
}

/** The text spec/openapi.yaml should have, with the import's warnings and dropped operations. */
export async function renderImportedSpec({ from = UPSTREAM_FILE, dropMissing = false } = {}) {
  const upstreamText = readFileSync(from, 'utf8')
  const configText = readFileSync(CONFIG_FILE, 'utf8')
  let upstream
  try {
    upstream = load(upstreamText)
  } catch (error) {
    throw new Error(`${label(from)} is not YAML or JSON: ${error.message.split('\n')[0]}`)
  }
  const { document, warnings, dropped } = await importSpec(upstream, load(configText), {
    dropMissing,
  })
  const text = serialise(document, [
    { label: label(from), sha256: sha256(upstreamText) },
    { label: label(CONFIG_FILE), sha256: sha256(configText) },
  ])
  return { text, warnings, dropped }
}

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

function parseArguments(argv) {
  const options = { from: undefined, check: false, dropMissing: false }
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--check') options.check = true
    else if (argument === '--drop-missing') options.dropMissing = true
    else if (argument === '--from' && argv[index + 1]) options.from = resolve(argv[++index])
    else if (argument.startsWith('--from='))
      options.from = resolve(argument.slice('--from='.length))
    else
      throw new Error(
        `Unknown argument ${argument}\nUsage: pnpm spec:import [--from FILE] [--check] [--drop-missing]`,
      )
  }
  return options
}

async function main(argv) {
  const options = parseArguments(argv)
  const { text, warnings, dropped } = await renderImportedSpec(options)
  for (const operation of dropped)
    console.error(`spec:import: left out ${operation}: not in the source (--drop-missing)`)
  for (const warning of warnings) console.error(`spec:import: warning: ${warning}`)
  const committed = readOrEmpty(SPEC_FILE)
  if (options.check) {
    if (committed === text) {
      console.log(
        'spec/openapi.yaml is what spec:import makes of spec/upstream/ and spec/import.yaml.',
      )
      return 0
    }
    console.error('spec/openapi.yaml is not what `pnpm spec:import` makes (run it):')
    for (const line of describeDifferences(committed, text)) console.error(`  ${line}`)
    return 1
  }
  if (committed === text) {
    console.log('spec/openapi.yaml already up to date.')
  } else {
    writeFileSync(SPEC_FILE, text)
    console.log(`Wrote spec/openapi.yaml from ${label(options.from ?? UPSTREAM_FILE)}.`)
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(`spec:import: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    },
  )
}
