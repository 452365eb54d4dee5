// The output options every command that prints rows takes: --format, --width and (where rows
// have a time) --order; and what they make: the Output the commands print to.
import { type Command, InvalidArgumentError, Option } from "commander"
import { FORMATS, type Format, type Output } from "./rows"
import { CELL_LIMIT } from "./table"
import { tableWidth } from "./width"

/** The output flags as commander gives them. */
export interface OutputFlags {
  readonly format: Format
  readonly width?: number
  readonly order?: Order
}

/** Rows in time order (the default), or in the order they were read. */
export type Order = "time" | "file"

const columns = (value: string): number => {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError("expected a whole number of columns (0 for no limit)")
  return n
}

/** What --help says of the formats, once for every command. */
export const outputHelp = `
Output:
  --format table   a table fitted to --width, else the terminal's width, else
                   COLUMNS, else one line per row; cells over ${CELL_LIMIT} columns are
                   cut with "…" (JSON Lines has every value whole)
  --format jsonl   one JSON object per line, exact values (C0, C1 and bidi
                   characters written as \\u escapes)
  --format csv     RFC 4180 (CRLF, quotes doubled); tsv: tab-separated
  --format markdown  a Markdown table to paste
  In tables, CSV, TSV and Markdown, control and bidi characters are shown as
  escapes (\\x1b, \\u202e), and in CSV and TSV a cell starting with = + - or @
  starts with ' so a spreadsheet does not run it as a formula.`

/** Adds --format and --width, and --order when `ordered`. */
export const withOutput = (command: Command, ordered: boolean): Command => {
  command
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("table"))
    .addOption(
      new Option(
        "--width <columns>",
        "the table's width (default: the terminal's, else COLUMNS, else no limit; 0: no limit)",
      ).argParser(columns),
    )
  if (ordered)
    command.addOption(
      new Option("--order <order>", "rows in time order, or as read from the files (JSON Lines then stream)")
        .choices(["time", "file"])
        .default("time"),
    )
  return command.addHelpText("after", outputHelp)
}

/** The Output of the flags: standard output, in their format, at the width they or the terminal give. */
export const outputOf = (flags: OutputFlags): Output => ({
  format: flags.format,
  width: tableWidth({ given: flags.width, stdout: process.stdout, env: process.env }),
  write: (text) => {
    process.stdout.write(text)
  },
})
