// The deepest nesting a reader follows. The splitter keeps one entry per open level of the
// value it cuts (whether it is an array), and JSON.parse and the decoders take time and memory
// with depth: `{"Records":[` and 112 MiB of `[` once grew that bookkeeping past what V8 can
// allocate, a fatal error no code can catch. Past this depth the piece is a failure, its text
// is dropped as it is read, and only a count goes on to find where it ends.

// (Character codes written here: cutting/chars.ts is a layer above input/.)
const QUOTE = 34
const BACKSLASH = 92
const OPEN_BRACE = 123
const CLOSE_BRACE = 125
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93

/**
 * The most levels of nesting of one record (or one top-level value, or one line): 1,000,000,
 * far above CloudTrail's own (about ten) and above the 100,000 levels the decoders are tested
 * with. JSON.parse takes about a second and 100 MiB on a value this deep.
 */
export const MAX_DEPTH = 1_000_000

/** What a piece nested past {@link MAX_DEPTH} is reported as. */
export const tooDeep = {
  expected: `JSON nested at most ${MAX_DEPTH.toLocaleString("en-US")} levels deep`,
  found: `JSON nested more than ${MAX_DEPTH.toLocaleString("en-US")} levels deep`,
} as const

/**
 * Whether JSON text nests deeper than {@link MAX_DEPTH} (strings skipped). Only text longer
 * than the cap can, so shorter text is not scanned.
 */
export const nestsTooDeep = (text: string): boolean => {
  if (text.length <= MAX_DEPTH) return false
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i)
        if (d === BACKSLASH) i++
        else if (d === QUOTE) break
      }
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (++depth > MAX_DEPTH) return true
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--
  }
  return false
}
