// What the command line prints to a terminal never drives the terminal: every character that is
// not plain visible text is written as an escape a reader can see (`\x1b`, `\u202e`), never
// dropped, so a forged record cannot draw a fake row, move the cursor, open a hyperlink or
// reverse the text of a column (issue 23, item 4). The JSON output keeps the exact value.

/**
 * The characters that are written escaped: controls (C0, DEL, C1 such as U+009B, the one-byte
 * CSI), format characters (bidi embeddings, overrides and isolates U+202A–U+202E and
 * U+2066–U+2069, marks U+200E/U+200F/U+061C, zero-width characters, the byte-order mark, tag
 * characters), the line and paragraph separators U+2028/U+2029, and unpaired surrogates, which a
 * terminal would show as U+FFFD.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu

/** Invisible letters of the Hangul block that render as nothing (used to forge names). */
const BLANK_LETTERS = /[\u115f\u1160\u3164\uffa0]/g

const hex = (code: number, digits: number): string => code.toString(16).padStart(digits, "0")

const NAMED: Readonly<Record<string, string>> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" }

/** The escape of one character: `\n`, `\r`, `\t`, `\xHH` below U+0100, `\uHHHH`, or `\u{HHHHH}`. */
export const escapeOf = (char: string): string => {
  const named = NAMED[char]
  if (named !== undefined) return named
  const code = char.codePointAt(0) ?? 0
  if (code < 0x100) return `\\x${hex(code, 2)}`
  if (code < 0x10000) return `\\u${hex(code, 4)}`
  return `\\u{${hex(code, 5)}}`
}

/**
 * A text as it may be shown in a terminal: each control, format, separator or lone-surrogate
 * character escaped visibly; everything else, backslashes included, as it is.
 */
export const visible = (text: string): string =>
  text.replace(UNSAFE, escapeOf).replace(BLANK_LETTERS, escapeOf)

/** Several lines of our own (a message, a failure) each made visible, our line breaks kept. */
export const visibleLines = (text: string): string => text.split("\n").map(visible).join("\n")
