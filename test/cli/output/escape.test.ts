import { describe, expect, it } from "vitest"
import { visible, visibleLines } from "../../../src/cli/output/escape"

describe("visible", () => {
  it("escapes ESC, CSI, OSC 8 hyperlinks, BEL, CR and LF visibly, keeping the rest", () => {
    expect(visible("\u001b[2J\u001b]8;;http://evil\u0007click\u001b]8;;\u0007")).toBe(
      "\\x1b[2J\\x1b]8;;http://evil\\x07click\\x1b]8;;\\x07",
    )
    expect(visible("10.0.0.1\n│ fake row │\r")).toBe("10.0.0.1\\n│ fake row │\\r")
    expect(visible("a\tb\u0000\u007f")).toBe("a\\tb\\x00\\x7f")
  })

  it("escapes C1 controls (U+009B, the one-byte CSI) and every bidi embedding, override and isolate", () => {
    expect(visible("\u009b2J\u0085")).toBe("\\x9b2J\\x85")
    const bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    expect(visible(bidi)).toBe(
      "\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c",
    )
  })

  it("escapes invisible characters: zero-width, byte-order mark, separators, tags, Hangul fillers, lone surrogates", () => {
    expect(visible("ad\u200bmin\ufeff\u2028\u2029\u{e0041}\u3164\ud800")).toBe(
      "ad\\u200bmin\\ufeff\\u2028\\u2029\\u{e0041}\\u3164\\ud800",
    )
  })

  it("leaves printable text of every script as it is, emoji and combining marks included", () => {
    for (const text of ["arn:aws:iam::111122223333:role/Admin", "café", "名前", "😀", "e\u0301", "C:\\temp"])
      expect(visible(text)).toBe(text)
  })

  it("visibleLines keeps the message's own line breaks and escapes the rest", () => {
    expect(visibleLines("a\u001b\nb\r")).toBe("a\\x1b\nb\\r")
  })
})
