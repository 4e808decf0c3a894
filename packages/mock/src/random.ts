// A tiny seeded PRNG (mulberry32): the same seed always yields the same keys and the same chaos,
// so tests and screenshots are reproducible. Not for anything security related.
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** `length` lowercase hex digits. */
  hex(length: number): string
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    hex: (length) => {
      let out = ''
      while (out.length < length) out += int(0, 15).toString(16)
      return out
    },
  }
}

/** A version 4 UUID drawn from `random` (deterministic for its seed). */
export function randomUuid(random: Random): string {
  const hex = random.hex(32)
  const variant = '89ab'[random.int(0, 3)] as string
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** FNV-1a: a 32-bit number from a text, to seed a PRNG with it. */
function textSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The same UUID for the same text, every time: ids the real API derives from another value. */
export function uuidFromText(text: string): string {
  return randomUuid(createRandom(textSeed(text)))
}
