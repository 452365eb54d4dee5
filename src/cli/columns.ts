// Columns: each a fact with a name (its key in JSON Lines and CSV headers) and a heading for
// tables. A command has its columns, the ones its table shows by default, and more with --wide;
// --columns picks any of them in any order.
import { type Command, Option } from "commander"

/** A value as JSON Lines carry it; tables and CSV show its text ({@link cellText}). */
export type Value = string | number | boolean | null | ReadonlyArray<string>

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
}

export interface ColumnSet<Row> {
  readonly all: ReadonlyArray<Column<Row>>
  /** The ids a table shows without --columns. */
  readonly table: ReadonlyArray<string>
  /** The ids --wide adds. */
  readonly wide: ReadonlyArray<string>
}

/** What a table or a CSV cell shows of a value: lists one item per line, nothing for null. */
export const cellText = (value: Value): string =>
  value === null ? "" : typeof value === "object" ? value.join("\n") : String(value)

/** What a table shows in a column's cell. */
export const tableCell = <Row>(column: Column<Row>, row: Row): string =>
  column.cell !== undefined ? column.cell(row) : cellText(column.value(row))

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
 * The columns to show: those named (`all` for every one), else the table's (with --wide, more);
 * or, for a name that is not a column, why (one line, for a usage error).
 */
export const pickColumns = <Row>(
  set: ColumnSet<Row>,
  requested: ReadonlyArray<string> | undefined,
  wide: boolean,
): ReadonlyArray<Column<Row>> | string => {
  const byId = new Map(set.all.map((column) => [column.id.toLowerCase(), column]))
  const names =
    requested === undefined || requested.length === 0
      ? [...set.table, ...(wide ? set.wide : [])]
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
