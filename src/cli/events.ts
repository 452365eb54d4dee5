import { type Column, printColumns } from "./columns"
import type { EventRow } from "./event-columns"
import type { Filters } from "./filters"
import { jsonText } from "./output/json-writer"
import type { Order } from "./output/options"
import { type Output, writeJsonLines } from "./output/rows"
import type { ReadOptions, ReadTotals } from "./read-inputs"
import { readSelected } from "./select"

/** What `events` shows: its columns, whether --columns picked them, and the order of rows. */
export interface EventsShown {
  readonly columns: ReadonlyArray<Column<EventRow>>
  /** Whether --columns was given: JSON Lines then carry those facts instead of each record as it was. */
  readonly picked: boolean
  /** Rows in time order (the default) or as read. */
  readonly order: Order
}

/**
 * `events`: the records that pass the filters, in time order (or as read with `--order file`):
 * as JSON Lines each record as it was (with --columns, the chosen facts), in the other formats a
 * row of the chosen columns.
 */
export const events = async (
  paths: ReadonlyArray<string>,
  filters: Filters,
  shown: EventsShown,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const records = output.format === "jsonl" && !shown.picked
  // JSON Lines of records as read stream; otherwise rows wait to be sorted.
  const streamed = records && shown.order === "file"
  const rows: EventRow[] = []
  const totals = await readSelected(paths, options, filters, (record, facts) => {
    if (streamed) output.write(`${jsonText(record)}\n`)
    else rows.push({ record, facts })
  })
  if (streamed) return totals
  // By time; records whose eventTime is no time last, in the order read (the sort is stable).
  if (shown.order === "time")
    rows.sort((a, b) => (a.facts.instant || Infinity) - (b.facts.instant || Infinity) || 0)
  if (records)
    writeJsonLines(
      rows.map((row) => row.record),
      output.write,
    )
  else printColumns(shown.columns, rows, output)
  if (output.format === "table") output.write(`${rows.length} event${rows.length === 1 ? "" : "s"}\n`)
  return totals
}
