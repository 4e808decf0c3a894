// Small, dependency-free statistics: every table reports the median and the min–max spread,
// never a mean (one slow outlier on a shared 2-core machine would move a mean a lot).

/** @param {number[]} values */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length }
}

/** Rotates `items` by `round` so that no contender always runs first (drift hits all alike). */
export function rotate(items, round) {
  const k = round % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

export const nowMs = () => Number(process.hrtime.bigint()) / 1e6
