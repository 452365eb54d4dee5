// The one way the commands print rows, in the format asked for: a table fitted to the width,
// JSON Lines (exact values, written without recursion limits), CSV, TSV or Markdown.
import type { Cell } from "./cells"
import { visible } from "./escape"
import { jsonText } from "./json-writer"
import { tableLines } from "./table"
import { csvLine, markdownField, markdownLine, markdownRule, tsvLine } from "./text-formats"

/** The formats of `--format`. */
export const FORMATS = ["table", "jsonl", "csv", "tsv", "markdown"] as const
export type Format = (typeof FORMATS)[number]

/** Where and how rows are printed. */
export interface Output {
  readonly format: Format
  /** The table's width in columns, or undefined for no limit. */
  readonly width: number | undefined
  readonly write: (text: string) => void
}

/** Rows to print: a header (for people: tables, Markdown), a key per column (JSON Lines, CSV, TSV), the cells. */
export interface RowSet {
  readonly head: ReadonlyArray<string>
  readonly keys: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>
  /** Columns a table never narrows (times, job ids). */
  readonly keep?: ReadonlyArray<number>
}

/** How many lines go into one write: few calls, no single string of a whole large table. */
const BATCH = 1000

/** Writes lines in batches, each ended by a line break. */
export const writeLines = (lines: Iterable<string>, write: (text: string) => void): void => {
  let batch: string[] = []
  for (const text of lines) {
    batch.push(text)
    if (batch.length >= BATCH) {
      write(`${batch.join("\n")}\n`)
      batch = []
    }
  }
  if (batch.length > 0) write(`${batch.join("\n")}\n`)
}

/** Writes each value as one line of JSON, in batches. */
export const writeJsonLines = (values: Iterable<unknown>, write: (text: string) => void): void => {
  const lines = function* () {
    for (const value of values) yield jsonText(value)
  }
  writeLines(lines(), write)
}

/** A row as the object JSON Lines prints: each key with its cell (null where empty). */
const objectOf = (keys: ReadonlyArray<string>, row: ReadonlyArray<Cell>): Record<string, Cell> => {
  const object: Record<string, Cell> = {}
  keys.forEach((key, i) => {
    object[key] = row[i] ?? null
  })
  return object
}

const mapped = function* <T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item)
}

/** Prints rows in the output's format. */
export const printRows = (set: RowSet, output: Output): void => {
  const { write } = output
  switch (output.format) {
    case "table":
      writeLines(
        tableLines(set.head, set.rows, { width: output.width, ...(set.keep ? { keep: set.keep } : {}) }),
        write,
      )
      return
    case "jsonl":
      writeJsonLines(
        mapped(set.rows, (row) => objectOf(set.keys, row)),
        write,
      )
      return
    case "csv":
      write(csvLine(set.keys))
      writeLines(
        mapped(set.rows, (row) => csvLine(row).slice(0, -1)),
        write,
      )
      return
    case "tsv":
      write(tsvLine(set.keys))
      writeLines(
        mapped(set.rows, (row) => tsvLine(row).slice(0, -1)),
        write,
      )
      return
    case "markdown":
      write(markdownLine(set.head) + markdownRule(set.head.length))
      writeLines(
        mapped(set.rows, (row) => markdownLine(row).slice(0, -1)),
        write,
      )
      return
  }
}

/** One part of a command's output that has its own rows (summary: by operation, by identity…). */
export interface Section {
  /** Its name in JSON Lines, CSV and TSV, where every row says its section. */
  readonly name: string
  /** Its title over a table or in Markdown. */
  readonly title: string
  readonly set: RowSet
  /** What a table shows in place of no rows. */
  readonly none?: string
  /** False for a section only JSON Lines, CSV and TSV print (the table says it in prose). */
  readonly inTable?: boolean
}

/**
 * Prints sections: as tables or Markdown, each under its title after the `prose` lines; as JSON
 * Lines one object per row with its section's name; as CSV or TSV one sheet whose columns are
 * `section` and every section's keys, in order of appearance.
 */
export const printSections = (
  prose: ReadonlyArray<string>,
  sections: ReadonlyArray<Section>,
  output: Output,
): void => {
  const { write } = output
  if (output.format === "table" || output.format === "markdown") {
    const markdown = output.format === "markdown"
    // Prose is made visible like cells; in Markdown each line is a paragraph of its own.
    const lines = prose.map((text) => (markdown ? markdownField(text) : visible(text)))
    if (lines.length > 0) write(`${lines.join(markdown ? "\n\n" : "\n")}\n`)
    for (const section of sections) {
      if (section.inTable === false) continue
      write(markdown ? `\n### ${section.title}\n\n` : `\n${section.title}\n`)
      if (section.set.rows.length === 0 && section.none !== undefined) write(`${section.none}\n`)
      else printRows(section.set, output)
    }
    return
  }
  if (output.format === "jsonl") {
    for (const section of sections)
      writeJsonLines(
        mapped(section.set.rows, (row) => ({ section: section.name, ...objectOf(section.set.keys, row) })),
        write,
      )
    return
  }
  const keys: string[] = ["section"]
  for (const section of sections) for (const key of section.set.keys) if (!keys.includes(key)) keys.push(key)
  const line = output.format === "csv" ? csvLine : tsvLine
  write(line(keys))
  for (const section of sections) {
    const at = section.set.keys.map((key) => keys.indexOf(key))
    writeLines(
      mapped(section.set.rows, (row) => {
        const cells: Cell[] = keys.map(() => null)
        cells[0] = section.name
        at.forEach((to, from) => {
          cells[to] = row[from] ?? null
        })
        return line(cells).slice(0, -1)
      }),
      write,
    )
  }
}
