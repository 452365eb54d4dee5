import { type Column, printColumns, stdoutAs } from "./columns"
import type { EventRow } from "./event-columns"
import type { Filters } from "./filters"
import { jsonText } from "./output/json-writer"
import type { Order } from "./output/options"
import type { Format } from "./output/rows"
import { writeJsonLines } from "./output/rows"
import type { ReadOptions, ReadTotals } from "./read-inputs"
import { readSelected } from "./select"

export interface EventsOutput {
  readonly format: Format
  readonly columns: ReadonlyArray<Column<EventRow>>
  /** Whether --columns was given: JSON Lines then carry those facts instead of each record as it was. */
  readonly picked: boolean
  /** --width: the table's width (0 for no limit); else the terminal's or COLUMNS. */
  readonly width?: number | undefined
  /** By time (the default), or as read (`--order file`: JSON Lines of whole records then stream). */
  readonly order?: Order
}

/**
 * `events`: the records that pass the filters, sorted by time, in the chosen columns; as JSON
 * Lines each record as it was (or with --columns the chosen facts).
 */
export const events = async (
  paths: ReadonlyArray<string>,
  filters: Filters,
  output: EventsOutput,
  options: ReadOptions,
): Promise<ReadTotals> => {
  const rows: EventRow[] = []
  const out = stdoutAs(output.format, output.width)
  const streamed = output.format === "jsonl" && !output.picked && output.order === "file"
  const totals = await readSelected(paths, options, filters, (record, facts) => {
    if (streamed) out.write(`${jsonText(record)}\n`)
    else rows.push({ record, facts })
  })
  if (streamed) return totals
  // By time; records whose eventTime is no time last, in the order read (the sort is stable).
  if (output.order !== "file")
    rows.sort((a, b) => (a.facts.instant || Infinity) - (b.facts.instant || Infinity) || 0)
  if (output.format === "jsonl" && !output.picked)
    writeJsonLines(
      rows.map((row) => row.record),
      out.write,
    )
  else printColumns(output.columns, rows, out)
  if (output.format === "table") out.write(`${rows.length} event${rows.length === 1 ? "" : "s"}\n`)
  return totals
}
