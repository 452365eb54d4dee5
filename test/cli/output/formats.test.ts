import { describe, expect, it } from "vitest"
import { type Output, printRows, printSections, type RowSet } from "../../../src/cli/output/rows"
import { csvLine, markdownField, neutralised, tsvLine } from "../../../src/cli/output/text-formats"
import { tableWidth } from "../../../src/cli/output/width"

const printed = (format: Output["format"], print: (output: Output) => void): string => {
  let text = ""
  print({ format, width: 80, write: (piece) => (text += piece) })
  return text
}

const set: RowSet = {
  head: ["Operation", "Calls"],
  keys: ["operation", "calls"],
  rows: [
    ["CreateJob", 3],
    ['say "hi", then\nleave', 1],
  ],
}

describe("CSV, TSV and Markdown", () => {
  it("CSV quotes fields with quotes, commas and line breaks, doubling quotes, lines ended by CRLF", () => {
    expect(csvLine(["a", 'b "c"', "d,e", 4, null])).toBe('a,"b ""c""","d,e",4,\r\n')
    expect(printed("csv", (output) => printRows(set, output))).toBe(
      'operation,calls\r\nCreateJob,3\r\n"say ""hi"", then\\nleave",1\r\n',
    )
  })

  it("neutralises cells a spreadsheet would run as formulas, in CSV and TSV", () => {
    for (const formula of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1"])
      expect(neutralised(formula).startsWith("'")).toBe(true)
    expect(csvLine(["=1+1", -1, "a=b"])).toBe("'=1+1,-1,a=b\r\n")
    expect(tsvLine(["@x", "a\tb"])).toBe("'@x\ta\\tb\n")
  })

  it("escapes controls and bidi characters in every text format", () => {
    const hostile = "\u001b]8;;http://x\u0007\u009b\u202e"
    expect(csvLine([hostile])).toBe("\\x1b]8;;http://x\\x07\\x9b\\u202e\r\n")
    expect(tsvLine([hostile])).toBe("\\x1b]8;;http://x\\x07\\x9b\\u202e\n")
    expect(markdownField(hostile)).toBe("\\\\x1b]8;;http://x\\\\x07\\\\x9b\\\\u202e".replace("]", "\\]"))
  })

  it("Markdown escapes pipes, emphasis, code, links and HTML", () => {
    expect(markdownField("a|b *c* `d` [e](f) <img> _g_")).toBe(
      "a\\|b \\*c\\* \\`d\\` \\[e\\](f) \\<img\\> \\_g\\_",
    )
    expect(printed("markdown", (output) => printRows(set, output))).toBe(
      '| Operation | Calls |\n| --- | --- |\n| CreateJob | 3 |\n| say "hi", then\\\\nleave | 1 |\n',
    )
  })

  it("JSON Lines print one object per row with the keys, exact values", () => {
    const lines = printed("jsonl", (output) => printRows(set, output))
      .trimEnd()
      .split("\n")
    expect(lines.map((line) => JSON.parse(line))).toStrictEqual([
      { operation: "CreateJob", calls: 3 },
      { operation: 'say "hi", then\nleave', calls: 1 },
    ])
  })
})

describe("printSections", () => {
  const sections = [
    {
      name: "totals",
      title: "Totals",
      set: { head: ["Records"], keys: ["records"], rows: [[4]] },
      inTable: false,
    },
    { name: "operation", title: "By operation", set },
    {
      name: "error",
      title: "Errors",
      set: { head: ["Code"], keys: ["errorCode"], rows: [] },
      none: "(none)",
    },
  ]

  it("prints tables under their titles after the prose, and what stands for no rows", () => {
    const text = printed("table", (output) => printSections(["4 records\u001b[2J"], sections, output))
    expect(text.startsWith("4 records\\x1b[2J\n\nBy operation\n┌")).toBe(true)
    expect(text.endsWith("\nErrors\n(none)\n")).toBe(true)
    expect(text).not.toContain("Totals")
  })

  it("CSV: one sheet, a section column and every section's keys", () => {
    expect(
      printed("csv", (output) => printSections([], sections, output))
        .split("\r\n")
        .slice(0, 3),
    ).toStrictEqual(["section,records,operation,calls,errorCode", "totals,4,,,", "operation,,CreateJob,3,"])
  })

  it("JSON Lines: each row with its section's name", () => {
    const lines = printed("jsonl", (output) => printSections([], sections, output))
      .trimEnd()
      .split("\n")
    expect(JSON.parse(lines[0] ?? "")).toStrictEqual({ section: "totals", records: 4 })
    expect(lines).toHaveLength(3)
  })
})

describe("tableWidth", () => {
  it("takes --width, else the terminal's width, else COLUMNS, else no limit; --width 0 is no limit", () => {
    const tty = { isTTY: true, columns: 100 }
    const pipe = { isTTY: false }
    expect(tableWidth({ given: 70, stdout: tty, env: { COLUMNS: "90" } })).toBe(70)
    expect(tableWidth({ given: 0, stdout: tty, env: {} })).toBeUndefined()
    expect(tableWidth({ stdout: tty, env: { COLUMNS: "90" } })).toBe(100)
    expect(tableWidth({ stdout: pipe, env: { COLUMNS: "90" } })).toBe(90)
    expect(tableWidth({ stdout: pipe, env: { COLUMNS: "wide" } })).toBeUndefined()
    expect(tableWidth({ stdout: pipe, env: {} })).toBeUndefined()
  })
})
