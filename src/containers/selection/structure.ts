// Reading the structure of JSON text from around one character, without scanning the text from
// its start: whether a bracket is one of the text's own or sits inside a string. Used by the
// selection (select.ts, lane.ts) to cut records and find their top-level `eventSource` with a
// few native searches instead of looking at every character.
//
// The rules hold for valid JSON: a string's delimiter is a quote after an even run of
// backslashes; an opening quote follows `{`, `[`, `:`, `,` or white space, so a quote after any
// other character closes a string; a character outside strings that is not structural belongs
// to a number, `true`, `false` or `null`. Where the text around a character cannot tell (white
// space, a long chain of structural characters), the answer is "unknown" and the caller reads
// the record the exact way. Broken text may fool them; the selection parses every record that
// can match, so broken text costs at most the counts of records it passes over.

import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isSpace,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from "../cutting"

/** The answer when the text around a character cannot tell. */
export const UNKNOWN = 2

/** Characters of a number, `true`, `false` or `null`. */
const isLiteral = (c: number): boolean =>
  (c >= 48 && c <= 57) || c === 46 || c === 43 || c === 45 || c === 69 || (c >= 97 && c <= 122)

/**
 * Whether the text just after position `j` is outside every string: 1 yes, 0 no (inside a
 * string), UNKNOWN when the text around cannot tell. `floor` is the record's opening brace,
 * which is outside; `known` a position known to end outside (the last structural character
 * found), or -1. `budget` bounds how far back it looks.
 */
const endsOutside = (t: string, j: number, floor: number, known: number, budget: number): number => {
  if (j === floor || j === known) return 1
  if (j < floor || budget === 0) return UNKNOWN
  const c = t.charCodeAt(j)
  if (c === QUOTE) {
    let run = 0
    while (t.charCodeAt(j - 1 - run) === BACKSLASH) run++
    // After an odd run the quote is a character of the string.
    if (run % 2 === 1) return 0
    // After an even run of backslashes (more than none) it closes the string.
    if (run > 0) return 1
    const b = back(t, j - 1, floor)
    const before = t.charCodeAt(b)
    if (before === OPEN_BRACE || before === OPEN_BRACKET || before === COLON || before === COMMA) {
      // Opening a string when what is before it is outside; closing one otherwise (white
      // space between is on the same side as what is before it).
      const outside = endsOutside(t, b, floor, known, budget - 1)
      return outside === UNKNOWN ? UNKNOWN : 1 - outside
    }
    // After any other character (a quote included: `""`), white space between or not, it
    // closes a string: an opening quote follows one of those four.
    return 1
  }
  if (
    c === OPEN_BRACE ||
    c === OPEN_BRACKET ||
    c === COLON ||
    c === COMMA ||
    c === CLOSE_BRACE ||
    c === CLOSE_BRACKET
  )
    // A structural character is one when what is before it ends outside.
    return endsOutside(t, j - 1, floor, known, budget - 1)
  if (isLiteral(c)) {
    // A number or literal outside strings starts after `:`, `,` or `[`.
    let start = j
    while (start > floor && isLiteral(t.charCodeAt(start - 1))) start--
    const b = back(t, start - 1, floor)
    const before = t.charCodeAt(b)
    if (before === COLON || before === COMMA || before === OPEN_BRACKET) {
      const outside = endsOutside(t, b, floor, known, budget - 1)
      // Outside only if the token is one: a number or a literal.
      if (outside !== 1) return outside
      return isToken(t, start, j + 1) ? 1 : 0
    }
    // A number or literal follows one of those three: these characters are a string's.
    return 0
  }
  // White space is on the same side as what is before it.
  if (isSpace(c)) return endsOutside(t, back(t, j, floor), floor, known, budget - 1)
  // Any other character is inside a string.
  return 0
}

/** The last position at or before `j` (and after `floor`) that is not white space, or `floor`. */
const back = (t: string, j: number, floor: number): number => {
  while (j > floor && isSpace(t.charCodeAt(j))) j--
  return j
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/

/** Whether t[from, to) is a number, `true`, `false` or `null`. */
const isToken = (t: string, from: number, to: number): boolean => {
  const token = t.slice(from, to)
  return token === "true" || token === "false" || token === "null" || NUMBER.test(token)
}

/**
 * Whether the bracket at `q` is structural (1), inside a string (0) or cannot be told
 * (UNKNOWN). A closing bracket must be followed by `,`, `}`, `]` or white space to be one.
 */
export const bracketAt = (t: string, q: number, floor: number, known: number): number => {
  const c = t.charCodeAt(q)
  // What compact JSON mostly holds, told at once: `"key":{` and `"…"}` or `}}` before `,`, `}`, `]`.
  const before = t.charCodeAt(q - 1)
  if (c === OPEN_BRACE || c === OPEN_BRACKET) {
    if (before === COLON && t.charCodeAt(q - 2) === QUOTE && closesString(t.charCodeAt(q - 3))) return 1
  } else {
    const next = t.charCodeAt(q + 1)
    if (next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET) {
      if (q - 1 === known) return 1
      if (before === QUOTE && closesString(t.charCodeAt(q - 2))) return 1
    }
  }
  return bracketAround(t, q, c, floor, known)
}

/** Whether a quote after this character closes a string: it is neither escaped nor after what an opening quote follows. */
const closesString = (c: number): boolean =>
  !(c === BACKSLASH || c === COLON || c === COMMA || c === OPEN_BRACKET || c === OPEN_BRACE || c <= 32)

const bracketAround = (t: string, q: number, c: number, floor: number, known: number): number => {
  if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
    let after = q + 1
    while (isSpace(t.charCodeAt(after))) after++
    const next = t.charCodeAt(after)
    if (!(next === COMMA || next === CLOSE_BRACE || next === CLOSE_BRACKET || Number.isNaN(next))) return 0
  } else {
    const before = t.charCodeAt(back(t, q - 1, floor))
    if (!(before === COLON || before === COMMA || before === OPEN_BRACKET)) return 0
  }
  return endsOutside(t, q - 1, floor, known, 8)
}

/**
 * Where the next of each bracket is, moved forward as walks pass them (NEVER: none left);
 * shared by the walks over one text, which go forward only.
 */
export class Brackets {
  brace = -1
  close = -1
  bracket = -1
  closeBracket = -1

  constructor(readonly t: string) {}
}

/**
 * Where a cursor stands that has nothing left to find: past every position (V8's strings hold
 * at most 2^29 - 24 characters, and the chunks cut are far shorter), so it is never searched
 * again. It is the largest integer V8 keeps unboxed, so fields holding cursors stay small
 * integers (a larger sentinel made the lane about 10 % slower).
 */
const NEVER = 0x3fffffff

/** The next `c` in t at or after `from`, or NEVER. */
const after = (t: string, c: string, from: number): number => {
  const q = t.indexOf(c, from)
  return q < 0 ? NEVER : q
}

/**
 * The next place of `needle` in t at or after `from`, given the last one found (`cursor`):
 * a cursor at or past `from` still stands; one before it is searched on from `from`.
 */
export const seek = (t: string, needle: string, cursor: number, from: number): number =>
  cursor >= from ? cursor : after(t, needle, from)

/**
 * Checks the cut of one record, t[floor, end] (`floor` its opening brace, `end` the closing
 * brace before the separator that follows it), from its brackets: the nesting must stay inside
 * the record up to `end` and come back to its top level there, so that the brace at `end`
 * closes it. In valid JSON that makes the text one whole record, and the record start after
 * the separator an element of the list being cut; in broken text it catches a record that
 * closes early (the next lost its opening brace) or never closes. Returns the depth of `key`
 * below the record's top level (0 there; 0 when `key` is -1), or -1 when the cut is not sure:
 * brackets that do not come back at `end`, or one that cannot be told.
 */
export const cutDepth = (t: string, brackets: Brackets, floor: number, end: number, key: number): number => {
  let depth = 0
  let keyDepth = key < 0 ? 0 : -1
  let known = floor
  const from = floor + 1
  let brace = seek(t, "{", brackets.brace, from)
  let close = seek(t, "}", brackets.close, from)
  let bracket = seek(t, "[", brackets.bracket, from)
  let closeBracket = seek(t, "]", brackets.closeBracket, from)
  let sure = true
  for (;;) {
    const q = Math.min(brace, close, bracket, closeBracket)
    if (keyDepth < 0 && q > key) keyDepth = depth
    if (q >= end) break
    const c = t.charCodeAt(q)
    if (c === OPEN_BRACE) brace = after(t, "{", q + 1)
    else if (c === CLOSE_BRACE) close = after(t, "}", q + 1)
    else if (c === OPEN_BRACKET) bracket = after(t, "[", q + 1)
    else closeBracket = after(t, "]", q + 1)
    const kind = bracketAt(t, q, floor, known)
    if (kind === 0) continue
    if (kind === UNKNOWN) {
      sure = false
      break
    }
    known = q
    if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
    else if (--depth < 0) {
      // Closed before `end`: what follows is another element, or broken text.
      sure = false
      break
    }
  }
  brackets.brace = brace
  brackets.close = close
  brackets.bracket = bracket
  brackets.closeBracket = closeBracket
  return sure && depth === 0 ? keyDepth : -1
}
