// @ts-check
// Debian's Chromium, as every browser test here starts it (through playwright-core): a system
// package, so nothing downloads a browser at install or test time.

export const CHROMIUM = '/usr/bin/chromium'

/** Headless, and quiet: no GPU, no sandbox (containers), no background traffic or updates. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** What a browser test says when Chromium is not installed: it fails, never skips. */
export function chromiumMissingMessage() {
  return `Chromium is not installed at ${CHROMIUM}. Install Debian's package: apt-get install -y chromium (.ci/run does this on CI).`
}
