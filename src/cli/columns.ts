// Columns: each a fact with a name (its key in JSON Lines and CSV headers) and a heading for
// tables. A command has its columns, the ones its table shows by default, and more with --wide;
// --columns picks any of them in any order.
import { type Command, Option } from "commander"
import type { Cell } from "./output/cells"
import { type Output, printRows, writeJsonLines } from "./output/rows"

/** A value as JSON Lines carry it; tables and CSV show its text ({@link cellText}). */
export type Value =
  | string
  | number
  | boolean
  | null
  | ReadonlyArray<string>
  | { readonly [key: string]: string | number | null }

export interface Column<Row> {
  /** The key in JSON Lines, the name --columns takes. */
  readonly id: string
  /** The table's heading. */
  readonly header: string
  /** One line for --help. */
  readonly about: string
  readonly value: (row: Row) => Value
  /** What a table shows, when shorter than the value (a role by its name rather than its ARN). */
  readonly cell?: (row: Row) => string
  /** A table never breaks its cells (times, job ids). */
  readonly keep?: boolean
}

export interface ColumnSet<Row> {
  readonly all: ReadonlyArray<Column<Row>>
  /** The ids a table shows without --columns. */
  readonly table: ReadonlyArray<string>
  /** The ids --wide adds. */
  readonly wide: ReadonlyArray<string>
  /** The ids CSV, TSV and JSON Lines of facts carry without --columns: one fact each, for scripts. */
  readonly script: ReadonlyArray<string>
}

/** A value as one cell of a table, CSV, TSV or Markdown: a list's items separated by spaces. */
export const cellOf = (value: Value): Cell =>
  Array.isArray(value)
    ? value.join(" ")
    : typeof value === "object" && value !== null
      ? Object.values(value)
          .filter((part) => part !== null)
          .join(": ")
      : (value as Cell)

/** What a table (or Markdown, for people too) shows in a column's cell. */
export const tableCell = <Row>(column: Column<Row>, row: Row): Cell =>
  column.cell !== undefined ? column.cell(row) : cellOf(column.value(row))

/**
 * Prints rows of the columns: JSON Lines as objects keyed by column id with exact values (lists
 * as arrays); every other format through the output layer, tables and Markdown with the short
 * cells, CSV and TSV with whole values.
 */
export const printColumns = <Row>(
  columns: ReadonlyArray<Column<Row>>,
  rows: ReadonlyArray<Row>,
  output: Output,
): void => {
  if (output.format === "jsonl") {
    writeJsonLines(
      rows.map((row) => objectOf(columns, row)),
      output.write,
    )
    return
  }
  const human = output.format === "table" || output.format === "markdown"
  printRows(
    {
      head: columns.map((column) => column.header),
      keys: columns.map((column) => column.id),
      rows: rows.map((row) =>
        columns.map((column) => (human ? tableCell(column, row) : cellOf(column.value(row)))),
      ),
      keep: columns.flatMap((column, i) => (column.keep === true ? [i] : [])),
    },
    output,
  )
}

/** The ids --columns was given, comma-separated or repeated. */
const ids = (value: string, previous: ReadonlyArray<string> = []): string[] => [
  ...previous,
  ...value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== ""),
]

export const withColumns = <Row>(command: Command, set: ColumnSet<Row>): Command =>
  command
    .addOption(
      new Option(
        "--columns <names>",
        `the columns to show, in order (also the keys of --format jsonl): ${set.all.map((column) => column.id).join(", ")}; or all`,
      ).argParser(ids),
    )
    .option("--wide", `the table's columns and ${set.wide.join(", ")}`)

/**
 * The columns to show: those named (`all` for every one), else for a table or Markdown the
 * table's (with --wide, more), for the other formats the script's; or, for a name that is not a
 * column, why (one line, for a usage error).
 */
export const pickColumns = <Row>(
  set: ColumnSet<Row>,
  requested: ReadonlyArray<string> | undefined,
  wide: boolean,
  forPeople: boolean,
): ReadonlyArray<Column<Row>> | string => {
  const byId = new Map(set.all.map((column) => [column.id.toLowerCase(), column]))
  const names =
    requested === undefined || requested.length === 0
      ? forPeople
        ? [...set.table, ...(wide ? set.wide : [])]
        : set.script
      : requested.flatMap((name) =>
          name.toLowerCase() === "all" ? set.all.map((column) => column.id) : [name],
        )
  const unknown = names.filter((name) => !byId.has(name.toLowerCase()))
  if (unknown.length > 0)
    return `${unknown.map((name) => `'${name}'`).join(", ")} ${unknown.length === 1 ? "is not a column" : "are not columns"}; the columns are ${set.all.map((column) => column.id).join(", ")}`
  return names.map((name) => byId.get(name.toLowerCase()) as Column<Row>)
}

/** The row as one JSON object, keyed by column id. */
export const objectOf = <Row>(columns: ReadonlyArray<Column<Row>>, row: Row): Record<string, Value> =>
  Object.fromEntries(columns.map((column) => [column.id, column.value(row)]))
