// Rows as text to paste or to open in a spreadsheet: CSV (RFC 4180), TSV and Markdown. Cells are
// made visible first (controls and bidi characters escaped, as in the table), so no format
// carries a raw line break or escape sequence; JSON Lines is the one format with exact values.
import type { Cell } from "./cells"
import { visible } from "./escape"

/**
 * A cell a spreadsheet would read as a formula (starting with `=`, `+`, `-` or `@`, or with a
 * tab or carriage return before one) is written with a leading apostrophe, which spreadsheets
 * show as text: a forged `=HYPERLINK(…)` in a record is not run when the file is opened. Numbers
 * the commands count are written as they are.
 */
export const neutralised = (cell: Cell): string => {
  if (cell === null || cell === undefined) return ""
  if (typeof cell !== "string") return String(cell)
  const text = visible(cell)
  return /^[=+\-@\t\r]/.test(cell) ? `'${text}` : text
}

/** One CSV field: quoted when it holds a quote, a comma or a line break, quotes doubled (RFC 4180). */
export const csvField = (cell: Cell): string => {
  const text = neutralised(cell)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One CSV record, ended by CRLF as RFC 4180 says. */
export const csvLine = (cells: ReadonlyArray<Cell>): string => `${cells.map(csvField).join(",")}\r\n`

/** One TSV field: visible text never holds a tab or a line break (they are escaped as `\t`, `\n`). */
export const tsvField = (cell: Cell): string => neutralised(cell)

export const tsvLine = (cells: ReadonlyArray<Cell>): string => `${cells.map(tsvField).join("\t")}\n`

/**
 * One Markdown table cell: visible text with the characters Markdown would read as a column
 * break, emphasis, code, a link or HTML escaped, so a pasted table shows the values as they are.
 */
export const markdownField = (cell: Cell): string =>
  cell === null || cell === undefined ? "" : visible(String(cell)).replace(/[\\`*_[\]<>|~&#!]/g, "\\$&")

export const markdownLine = (cells: ReadonlyArray<Cell>): string =>
  `| ${cells.map(markdownField).join(" | ")} |\n`

/** The line under a Markdown table's header. */
export const markdownRule = (columns: number): string => `|${" --- |".repeat(columns)}\n`
