import { type Column, objectOf, tableCell } from "./columns"
import type { EventRow } from "./event-columns"
import type { Filters } from "./filters"
import { fittedTable } from "./fit"
import type { ReadOptions, ReadTotals } from "./read-inputs"
import { readSelected } from "./select"

export interface EventsOutput {
  readonly format: "table" | "jsonl"
  readonly columns: ReadonlyArray<Column<EventRow>>
  /** Whether --columns was given: JSON Lines then carry those facts instead of each record as it was. */
  readonly picked: boolean
}

/**
 * `events`: the records that pass the filters, as a table of the chosen columns sorted by time,
 * or as JSON Lines (each record as it was, or with --columns the chosen facts).
 */
export const events = async (
  paths: ReadonlyArray<string>,
  filters: Filters,
  output: EventsOutput,
  options: ReadOptions,
): Promise<ReadTotals> => {
  const rows: EventRow[] = []
  const totals = await readSelected(paths, options, filters, (record, facts) => {
    if (output.format === "jsonl")
      process.stdout.write(
        `${JSON.stringify(output.picked ? objectOf(output.columns, { record, facts }) : record)}\n`,
      )
    else rows.push({ record, facts })
  })
  if (output.format === "table") {
    // By time; records whose eventTime is no time last, in the order read.
    rows.sort((a, b) => (a.facts.instant || Infinity) - (b.facts.instant || Infinity) || 0)
    const out = fittedTable(
      output.columns.map((column) => column.header),
      rows.map((row) => output.columns.map((column) => tableCell(column, row))),
    )
    process.stdout.write(`${out}\n${rows.length} event${rows.length === 1 ? "" : "s"}\n`)
  }
  return totals
}
