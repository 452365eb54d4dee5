// Tables that fit the terminal: the widest columns are narrowed first and their cells wrapped
// (at spaces, then after / or _, after the dot of a host name, between words of a CamelCase
// name, then anywhere), so no
// text is lost and a row's first line still starts with its first column.
import Table from "cli-table3"

/** Where a table is read: the terminal's width, or 120 columns in a pipe or a file. */
export const outputWidth = (): number =>
  process.stdout.isTTY === true && process.stdout.columns > 0 ? process.stdout.columns : 120

/** No column is narrowed below this, except one whose widest unbreakable text is narrower. */
const NARROWEST = 20

/** The pieces a word may be broken into, each ending where a break is allowed. */
const pieces = (word: string): string[] => word.split(/(?<=[/_])|(?<=[a-z]\.)(?=[a-z])|(?<=[a-z])(?=[A-Z])/)

/** Greedy wrap of one line of text to `width` columns. */
const wrapLine = (text: string, width: number): string[] => {
  const lines: string[] = []
  let line = ""
  const put = (part: string, space: string): void => {
    if (line === "") line = part
    else if (line.length + space.length + part.length <= width) line += space + part
    else {
      lines.push(line)
      line = part
    }
  }
  for (const word of text.split(" ")) {
    if (word.length <= width) {
      put(word, " ")
      continue
    }
    // A word that must be broken starts a line of its own, so its first part is not left behind.
    if (line !== "") {
      lines.push(line)
      line = ""
    }
    for (let piece of pieces(word)) {
      while (piece.length > width) {
        put(piece.slice(0, width), "")
        piece = piece.slice(width)
      }
      put(piece, "")
    }
  }
  lines.push(line)
  return lines
}

const wrap = (text: string, width: number): string =>
  text
    .split("\n")
    .flatMap((line) => wrapLine(line, width))
    .join("\n")

const widthOf = (text: string): number => Math.max(...text.split("\n").map((line) => line.length))

/** The narrowest a column can go without breaking a word or a name apart (at most NARROWEST). */
const floorOf = (texts: ReadonlyArray<string>): number =>
  Math.min(
    NARROWEST,
    Math.max(1, ...texts.flatMap((text) => text.split(/[ \n]/).flatMap(pieces)).map((piece) => piece.length)),
  )

/**
 * A plain table (no colours, so output is the same in a terminal and a pipe) narrowed to `width`
 * columns: the widest column loses a character until the table fits or every column is at its floor.
 */
export const fittedTable = (
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  width: number = outputWidth(),
): string => {
  const cells = rows.map((row) => row.map(String))
  const columns = head.map((name, i) => [name, ...cells.map((row) => row[i] ?? "")])
  const widths = columns.map((texts) => Math.max(...texts.map(widthOf)))
  const floors = columns.map(floorOf)
  // Each cell has a space either side and a border on its left; the table, one on its right.
  const budget = width - 3 * head.length - 1
  for (let total = widths.reduce((sum, w) => sum + w, 0); total > budget; total--) {
    let widest = -1
    for (let i = 0; i < widths.length; i++)
      if ((widths[i] ?? 0) > (floors[i] ?? 0) && (widest < 0 || (widths[i] ?? 0) >= (widths[widest] ?? 0)))
        widest = i
    if (widest < 0) break
    widths[widest] = (widths[widest] ?? 0) - 1
  }
  const table = new Table({
    head: head.map((name, i) => wrap(name, widths[i] ?? name.length)),
    style: { head: [], border: [], compact: true },
  })
  for (const row of cells) table.push(row.map((cell, i) => wrap(cell, widths[i] ?? cell.length)))
  return table.toString()
}
