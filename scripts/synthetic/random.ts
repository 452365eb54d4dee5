// The seeded randomness every synthetic trail draws from (bench/corpus.ts, bench/mixed-trail.ts,
// scripts/make-sample.ts): the same seed, the same records, byte for byte. Each helper takes the
// generator as its first argument and draws from it in a fixed order; changing that order
// changes every generated file.

/** A source of numbers in [0, 1), like Math.random but seeded. */
export type Random = () => number

/** A small, fast, seeded PRNG (mulberry32), so every run makes the same data. */
export const prng = (seed: number): Random => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [0, below). */
export const int = (random: Random, below: number): number => Math.floor(random() * below)

/** One of `items`, each as likely as the others. */
export const pick = <T>(random: Random, items: ReadonlyArray<T>): T => items[int(random, items.length)] as T

/** `length` characters drawn from `alphabet`. */
export const chars = (random: Random, alphabet: string, length: number): string =>
  Array.from({ length }, () => alphabet[int(random, alphabet.length)]).join("")

/** `length` lower-case hexadecimal digits. */
export const hex = (random: Random, length: number): string => chars(random, "0123456789abcdef", length)

/** One of `items` by weight: [[value, weight], …]. */
export const weighted = <T>(random: Random, items: ReadonlyArray<readonly [T, number]>): T => {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  let roll = random() * total
  for (const [value, weight] of items) {
    roll -= weight
    if (roll < 0) return value
  }
  return (items[items.length - 1] as readonly [T, number])[0]
}
