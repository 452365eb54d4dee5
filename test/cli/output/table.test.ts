import { describe, expect, it } from "vitest"
import { CUT, cellText, textWidth, wrapCell } from "../../../src/cli/output/cells"
import { visible } from "../../../src/cli/output/escape"
import { CELL_LIMIT, columnWidths, tableLines } from "../../../src/cli/output/table"

const widest = (lines: ReadonlyArray<string>): number =>
  lines.reduce((max, line) => Math.max(max, textWidth(line)), 0)

describe("tableLines", () => {
  it("prints one line per row when the width allows, with borders", () => {
    const lines = [
      ...tableLines(["Time", "Operation"], [["2024-04-01T10:00:00Z", "CreateJob"]], { width: 80 }),
    ]
    expect(lines).toStrictEqual([
      "┌──────────────────────┬───────────┐",
      "│ Time                 │ Operation │",
      "├──────────────────────┼───────────┤",
      "│ 2024-04-01T10:00:00Z │ CreateJob │",
      "└──────────────────────┴───────────┘",
    ])
  })

  it("fits the width by narrowing the widest column and wrapping its cells, never a kept column", () => {
    const arn = "arn:aws:iam::111122223333:role/service-role/MediaConvert_Default_Role"
    const lines = [...tableLines(["Time", "Role"], [["2024-04-01T10:00:00Z", arn]], { width: 60, keep: [0] })]
    expect(widest(lines)).toBeLessThanOrEqual(60)
    expect(lines.some((line) => line.includes("│ 2024-04-01T10:00:00Z │"))).toBe(true)
    expect(lines.join("").replace(/[│ ]/g, "")).toContain("MediaConvert_")
  })

  it("escapes controls and bidi characters in cells: an LF cannot draw a fake row", () => {
    const lines = [
      ...tableLines(["Source"], [["10.0.0.1\n│ 6.6.6.6 │"], ["\u001b[2J\u202eevil"]], { width: 80 }),
    ]
    expect(lines).toHaveLength(6)
    expect(lines[3]).toContain("10.0.0.1\\n│ 6.6.6.6 │")
    expect(lines[4]).toContain("\\x1b[2J\\u202eevil")
    for (const line of lines) expect(visible(line)).toBe(line)
  })

  it("cuts a long cell with a visible mark, reading only its start", () => {
    const long = "x".repeat(1_000_000)
    const lines = [...tableLines(["Value"], [[long]], { width: undefined })]
    expect(lines[3]).toBe(`│ ${"x".repeat(CELL_LIMIT - 1)}${CUT} │`)
    const narrow = [...tableLines(["Value"], [[long]], { width: 40 })]
    expect(narrow.length).toBe(4 + 3)
    expect(narrow[5]?.endsWith(`${CUT} │`)).toBe(true)
    expect(widest(narrow)).toBeLessThanOrEqual(40)
  })

  it("lays out 100,000 rows (no spread of the rows into a call)", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [
      `2024-04-01T10:00:${String(i % 60).padStart(2, "0")}Z`,
      i,
    ])
    const lines = [...tableLines(["Time", "N"], rows, { width: 80 })]
    expect(lines).toHaveLength(100_004)
    expect(lines[100_002]).toBe("│ 2024-04-01T10:00:39Z │ 99999 │")
  })

  it("counts wide characters as two columns and combining marks as none", () => {
    expect(textWidth("名前")).toBe(4)
    expect(textWidth("e\u0301")).toBe(1)
    const lines = [...tableLines(["A"], [["名前"], ["abcd"]], { width: undefined })]
    expect(new Set(lines.map(textWidth)).size).toBe(1)
  })
})

describe("columnWidths", () => {
  it("keeps natural widths when they fit, else lowers the widest to one level above their floors", () => {
    expect(columnWidths([10, 20], [10, 5], 40)).toStrictEqual([10, 20])
    expect(columnWidths([10, 50, 40], [10, 5, 5], 60)).toStrictEqual([10, 25, 25])
    expect(columnWidths([30, 30], [30, 30], 10)).toStrictEqual([30, 30])
  })
})

describe("wrapCell and cellText", () => {
  it("wraps after separators, at most the given lines, the last one cut with the mark", () => {
    expect(wrapCell("role/service-role/MediaConvert_Default_Role", 20, 3)).toStrictEqual([
      "role/service-role/",
      "MediaConvert_",
      "Default_Role",
    ])
    expect(wrapCell("a".repeat(100), 10, 2)).toStrictEqual(["a".repeat(10), `${"a".repeat(9)}${CUT}`])
  })

  it("prints null and undefined as empty cells and numbers as digits", () => {
    expect(cellText(null, 10)).toBe("")
    expect(cellText(undefined, 10)).toBe("")
    expect(cellText(42, 10)).toBe("42")
  })
})
