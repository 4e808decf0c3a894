#!/usr/bin/env node
// `pnpm changeset:status`, a step of `pnpm test`: on a branch, every published package changed
// since the base branch must be named in a changeset added since then.
//
//   CHANGESET_BASE=origin/main pnpm test     compare with that ref (a branch, tag or commit)
//   pnpm test                                compare with origin/main when it exists; skip
//                                            (and say so) when there is no base to compare with
//
// `changeset status --since=<base>` alone only fails when a branch has changed packages and no
// changeset at all; this also names each changed package that no changeset covers. Changes to
// tests, READMEs and changelogs need no release and are not counted.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listPublishedPackages, repoRoot } from './lib/workspace.mjs'

const NO_RELEASE_NEEDED =
  /(\.test(-d)?\.[cm]?[jt]sx?$|(^|\/)test\/|(^|\/)README\.md$|CHANGELOG\.md$)/

function git(...args) {
  const result = spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' })
  return { ok: result.status === 0, out: (result.stdout ?? '').trim(), err: result.stderr ?? '' }
}

function chooseBase() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: read by a root script, not a turbo task
  const explicit = process.env.CHANGESET_BASE?.trim()
  if (explicit) return { ref: explicit, explicit: true }
  if (git('rev-parse', '--verify', '--quiet', 'origin/main^{commit}').ok) {
    return { ref: 'origin/main', explicit: false }
  }
  return null
}

function skip(reason) {
  console.log(`changeset status: skipped, ${reason}`)
  console.log('  (on a branch, run with CHANGESET_BASE=<base branch> to check for changesets)')
  process.exit(0)
}

function fail(message) {
  console.error(`✖ changeset status: ${message}`)
  process.exit(1)
}

const base = chooseBase()
if (!base) skip('no base ref (CHANGESET_BASE is unset and there is no origin/main)')

const mergeBase = git('merge-base', base.ref, 'HEAD')
if (!mergeBase.ok) {
  const reason = `cannot find the merge base of ${base.ref} and HEAD: ${mergeBase.err.trim()}`
  if (base.explicit) fail(reason)
  skip(reason)
}

// Same rule as changesets: committed, staged and unstaged changes since the merge base, plus
// files git does not track yet.
const changedFiles = [
  ...git('diff', '--name-only', mergeBase.out).out.split('\n'),
  ...git('ls-files', '--others', '--exclude-standard').out.split('\n'),
].filter(Boolean)

const scratch = mkdtempSync(join(tmpdir(), 'ork-changeset-status-'))
try {
  const output = join(scratch, 'release-plan.json')
  const changeset = join(repoRoot, 'node_modules/.bin/changeset')
  const status = spawnSync(changeset, ['status', `--since=${base.ref}`, `--output=${output}`], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
  if (status.status !== 0) {
    process.stderr.write(`${status.stdout ?? ''}${status.stderr ?? ''}`)
    fail(`\`changeset status --since=${base.ref}\` failed (see above)`)
  }
  const plan = JSON.parse(readFileSync(output, 'utf8'))
  const covered = new Set(
    plan.changesets.flatMap((changeset) => changeset.releases.map((release) => release.name)),
  )

  const uncovered = []
  for (const pkg of listPublishedPackages()) {
    const files = changedFiles.filter(
      (file) => file.startsWith(`${pkg.relativeDir}/`) && !NO_RELEASE_NEEDED.test(file),
    )
    if (files.length > 0 && !covered.has(pkg.name)) uncovered.push({ pkg, files })
  }
  // An empty changeset (`pnpm changeset --empty`) is the documented way to say "no release".
  const optedOut = plan.changesets.some((changeset) => changeset.releases.length === 0)
  if (uncovered.length > 0 && optedOut) {
    console.log(
      `changeset status: ${uncovered.map(({ pkg }) => pkg.name).join(', ')} changed without a` +
        ' release, accepted because an empty changeset says no release is needed',
    )
  } else if (uncovered.length > 0) {
    const lines = uncovered.map(
      ({ pkg, files }) =>
        `  ${pkg.name}: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`,
    )
    fail(
      `packages changed since ${base.ref} without a changeset:\n${lines.join('\n')}\n` +
        'Run `pnpm changeset` and pick them (or `pnpm changeset --empty` if no release is needed).',
    )
  }
  const releases = plan.releases.map((release) => `${release.name}@${release.newVersion}`)
  console.log(
    `✔ changeset status: every changed package has a changeset since ${base.ref}` +
      (releases.length ? ` (would release ${releases.join(', ')})` : ''),
  )
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
