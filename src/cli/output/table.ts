// Tables for a terminal: one line per row where the width allows, else the widest columns are
// narrowed and their cells wrapped onto a few lines (cut with a visible mark beyond them). Every
// step is linear in rows and bounded per cell: no spread of the rows into a call
// (`Math.max(...rows)` overflowed the stack at 100,000 rows), no re-wrapping of a long cell.
import { type Cell, cellText, longestPiece, textWidth, wrapCell } from "./cells"

/** The widest a cell is shown, in columns; longer values end in "…" (JSON Lines has them whole). */
export const CELL_LIMIT = 200

/** The most lines a wrapped cell takes. */
export const MAX_CELL_LINES = 3

/** No column is narrowed below this (unless its widest cell is narrower). */
const NARROWEST = 10

/** A column is not narrowed below its widest unbreakable piece up to this width (times, ids stay whole). */
const WHOLE_WORD = 20

export interface TableOptions {
  /** Columns of the whole table, borders included; undefined for no limit (one line per row). */
  readonly width: number | undefined
  /** Columns never narrowed (times, job ids): their cells are never broken. */
  readonly keep?: ReadonlyArray<number>
}

/**
 * The widths of the columns: their widest cells when the table fits, else the widest columns
 * lowered to one level (never below their floors) so that the table fits where it can.
 */
export const columnWidths = (
  natural: ReadonlyArray<number>,
  floors: ReadonlyArray<number>,
  budget: number | undefined,
): number[] => {
  const total = natural.reduce((sum, w) => sum + w, 0)
  if (budget === undefined || total <= budget) return [...natural]
  const at = (level: number): number[] => natural.map((w, i) => Math.min(w, Math.max(floors[i] ?? w, level)))
  const sum = (widths: ReadonlyArray<number>): number => widths.reduce((s, w) => s + w, 0)
  // The highest level at which the table fits: a binary search over the columns' widths.
  let low = 0
  let high = natural.reduce((max, w) => Math.max(max, w), 0)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (sum(at(mid)) <= budget) low = mid
    else high = mid - 1
  }
  const widths = at(low)
  // Columns at the level share what is left, one column each, left to right.
  let spare = budget - sum(widths)
  for (let i = 0; i < widths.length && spare > 0; i++)
    if ((widths[i] ?? 0) < (natural[i] ?? 0) && (widths[i] ?? 0) >= low) {
      widths[i] = (widths[i] ?? 0) + 1
      spare--
    }
  return widths
}

const line = (left: string, fill: string, middle: string, right: string, widths: ReadonlyArray<number>) =>
  `${left}${widths.map((w) => fill.repeat(w + 2)).join(middle)}${right}`

/** The lines of one row: its cells wrapped to their columns, padded, between borders. */
const rowLines = (
  cells: ReadonlyArray<string>,
  cellWidths: ReadonlyArray<number>,
  widths: ReadonlyArray<number>,
): string[] => {
  if (cells.every((_, i) => (cellWidths[i] ?? 0) <= (widths[i] ?? 0))) {
    // One line: no wrapping, widths known.
    let text = "│"
    for (let i = 0; i < widths.length; i++)
      text += ` ${cells[i] ?? ""}${" ".repeat((widths[i] ?? 0) - (cellWidths[i] ?? 0))} │`
    return [text]
  }
  const wrapped = cells.map((text, i) => {
    const width = widths[i] ?? 1
    return (cellWidths[i] ?? 0) <= width ? [text] : wrapCell(text, width, MAX_CELL_LINES)
  })
  const height = wrapped.reduce((max, lines) => Math.max(max, lines.length), 1)
  const out: string[] = []
  for (let l = 0; l < height; l++) {
    let text = "│"
    for (let i = 0; i < widths.length; i++) {
      const piece = wrapped[i]?.[l] ?? ""
      text += ` ${piece}${" ".repeat(Math.max(0, (widths[i] ?? 0) - textWidth(piece)))} │`
    }
    out.push(text)
  }
  return out
}

/**
 * A plain table (box-drawing borders, no colours, the same in a terminal and a pipe), each cell
 * made visible (controls and bidi characters escaped), line by line: a first pass over the rows
 * measures the columns, a second writes each row as it goes, so nothing of the table is held.
 */
export function* tableLines(
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Cell>>,
  options: TableOptions,
): Generator<string> {
  const columns = head.length
  const keep = new Set(options.keep ?? [])
  const headCells = head.map((name) => cellText(name, CELL_LIMIT))
  const natural = headCells.map(textWidth)
  const pieces = head.map(() => 0)
  for (const row of rows)
    for (let i = 0; i < columns; i++) {
      const text = cellText(row[i], CELL_LIMIT)
      const width = textWidth(text)
      if (width > (natural[i] ?? 0)) natural[i] = width
      // A piece is never wider than its cell: only a cell wider than the floor so far can raise it.
      if ((pieces[i] ?? 0) < WHOLE_WORD && width > (pieces[i] ?? 0))
        pieces[i] = Math.max(pieces[i] ?? 0, longestPiece(text, WHOLE_WORD))
    }
  const floors = natural.map((w, i) => (keep.has(i) ? w : Math.min(w, Math.max(NARROWEST, pieces[i] ?? 0))))
  // Each cell has a space either side and a border on its left; the table, one on its right.
  const budget = options.width !== undefined ? options.width - 3 * columns - 1 : undefined
  let widths = columnWidths(natural, floors, budget)
  // Too many columns to keep every piece whole: narrow the others down to NARROWEST, breaking
  // pieces (kept columns, times and ids, still whole).
  if (budget !== undefined && widths.reduce((sum, w) => sum + w, 0) > budget)
    widths = columnWidths(
      natural,
      natural.map((w, i) => (keep.has(i) ? w : Math.min(w, NARROWEST))),
      budget,
    )
  yield line("┌", "─", "┬", "┐", widths)
  yield* rowLines(headCells, headCells.map(textWidth), widths)
  yield line("├", "─", "┼", "┤", widths)
  const cells: string[] = []
  const cellWidths: number[] = []
  for (const row of rows) {
    for (let i = 0; i < columns; i++) {
      cells[i] = cellText(row[i], CELL_LIMIT)
      cellWidths[i] = textWidth(cells[i] as string)
    }
    yield* rowLines(cells, cellWidths, widths)
  }
  yield line("└", "─", "┴", "┘", widths)
}
