// The text of a table cell in terminal columns: how wide it shows, where it may be cut, and a
// clip that keeps work per cell bounded, so a table's layout is linear in rows and in a long cell.
import { visible } from "./escape"

/** A cell as commands give it; null and undefined print as an empty cell. */
export type Cell = string | number | boolean | null | undefined

/** The mark at the end of a cell cut short (the whole value is in the JSON Lines output). */
export const CUT = "…"

/** Combining marks and zero-width joiners take no column. */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}]$/u

/** East Asian wide and fullwidth characters, and most emoji, take two columns. */
const isWide = (code: number): boolean =>
  (code >= 0x1100 && code <= 0x115f) ||
  (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
  (code >= 0xac00 && code <= 0xd7a3) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0xfe30 && code <= 0xfe4f) ||
  (code >= 0xff00 && code <= 0xff60) ||
  (code >= 0xffe0 && code <= 0xffe6) ||
  (code >= 0x1f300 && code <= 0x1f64f) ||
  (code >= 0x1f900 && code <= 0x1f9ff) ||
  (code >= 0x20000 && code <= 0x3fffd)

/** How many terminal columns one character (a code point) takes. */
export const charWidth = (char: string): number => {
  const code = char.codePointAt(0) ?? 0
  if (code < 0x300) return 1
  if (ZERO_WIDTH.test(char)) return 0
  return isWide(code) ? 2 : 1
}

/** Printable ASCII only: one column a character, nothing to escape (the common case, made fast). */
const PLAIN = /^[\x20-\x7e]*$/

/** How many terminal columns a text takes (one line, already made visible). */
export const textWidth = (text: string): number => {
  if (PLAIN.test(text)) return text.length
  let width = 0
  for (const char of text) width += charWidth(char)
  return width
}

/**
 * The visible text of a cell, at most `limit` columns wide: longer text ends in {@link CUT}.
 * Only the first `limit` characters are read and escaped, so a cell of a million characters
 * costs what one of `limit` does.
 */
export const cellText = (cell: Cell, limit: number): string => {
  if (cell === null || cell === undefined) return ""
  const raw = String(cell)
  if (raw.length <= limit && PLAIN.test(raw)) return raw
  // Each character takes at least one column once escaped (wide ones two), zero-width ones
  // none: a margin of `limit` characters more covers combining marks between them.
  const head = raw.length > 2 * limit + 2 ? raw.slice(0, 2 * limit + 2) : raw
  return clip(visible(head), limit, head.length < raw.length)
}

/** A text cut to `limit` columns, with {@link CUT} as its last column when anything is left out. */
export const clip = (text: string, limit: number, more = false): string => {
  let width = 0
  let end = 0
  for (const char of text) {
    const w = charWidth(char)
    if (width + w > limit) return `${cutTo(text, limit - 1)}${CUT}`
    width += w
    end += char.length
  }
  return more && end === text.length ? `${cutTo(text, limit - 1)}${CUT}` : text
}

/** The longest start of a text that fits `limit` columns. */
const cutTo = (text: string, limit: number): string => {
  let width = 0
  let end = 0
  for (const char of text) {
    const w = charWidth(char)
    if (width + w > limit) break
    width += w
    end += char.length
  }
  return text.slice(0, end)
}

/**
 * Where a line may break other than at a space: after a separator of paths, names and addresses
 * (`/`, `_`, `.`, `,`, `;`, `|`, `=`), or between the words of a CamelCase name. Not after `-` or
 * `:`, so that a time (2024-04-01T10:00:00Z) or a job id is never broken.
 */
const BREAK_AFTER = new Set(["/", "_", ",", ".", "|", ";", "="])

const isLower = (char: string): boolean => char >= "a" && char <= "z"
const isUpper = (char: string | undefined): boolean => char !== undefined && char >= "A" && char <= "Z"

const breaksAfter = (char: string, next: string | undefined): boolean =>
  BREAK_AFTER.has(char) || (isLower(char) && isUpper(next))

/** Where a plain (ASCII) text divides into pieces no break divides. */
const PLAIN_BREAKS = / |(?<=[/_,.|;=])|(?<=[a-z])(?=[A-Z])/

/** The widest piece of a text that no break divides, up to `cap` columns (a column's floor). */
export const longestPiece = (text: string, cap: number): number => {
  if (PLAIN.test(text)) {
    let longest = 0
    for (const piece of text.split(PLAIN_BREAKS)) if (piece.length > longest) longest = piece.length
    return Math.min(longest, cap)
  }
  const chars = Array.from(text)
  let longest = 0
  let piece = 0
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string
    if (char === " ") {
      piece = 0
      continue
    }
    piece += charWidth(char)
    if (piece > longest) longest = piece
    if (longest >= cap) return cap
    if (breaksAfter(char, chars[i + 1])) piece = 0
  }
  return longest
}

/**
 * A cell's text wrapped to `width` columns in at most `lines` lines, broken at a space where
 * there is one, else where {@link longestPiece} may break, else anywhere; text beyond the last line is cut with {@link CUT}.
 */
export const wrapCell = (text: string, width: number, lines: number): string[] => {
  const chars = Array.from(text)
  const out: string[] = []
  let start = 0
  while (start < chars.length) {
    // Leading spaces of a continuation line are the break itself.
    if (out.length > 0) while (chars[start] === " ") start++
    if (start >= chars.length) break
    let used = 0
    let end = start
    let lastBreak = -1
    let lastSpace = -1
    while (end < chars.length) {
      const w = charWidth(chars[end] as string)
      if (used + w > width) break
      used += w
      if (chars[end] === " ") lastSpace = end + 1
      else if (breaksAfter(chars[end] as string, chars[end + 1])) lastBreak = end + 1
      end++
    }
    // A space is the better break (between words); a separator inside a name the next best.
    if (end < chars.length && chars[end] === " ") lastSpace = end
    if (end < chars.length && lastSpace > start) end = lastSpace
    else if (end < chars.length && lastBreak > start) end = lastBreak
    if (end === start) end = start + 1
    if (out.length === lines - 1 && end < chars.length) {
      out.push(clip(chars.slice(start).join(""), width, true))
      return out
    }
    out.push(chars.slice(start, end).join("").trimEnd())
    start = end
  }
  return out.length === 0 ? [""] : out
}
