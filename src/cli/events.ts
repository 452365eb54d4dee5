import { identityOf } from "../identity/identity-of"
import type { CloudTrailRecord } from "../record/record"
import { type Facts, factsOf } from "./facts"
import { jsonText } from "./output/json-writer"
import type { Order } from "./output/options"
import { type Output, printRows, writeLines } from "./output/rows"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

export interface EventFilters {
  readonly operation?: ReadonlyArray<string>
  readonly identity?: string
  readonly account?: string
  readonly since?: Date
  readonly until?: Date
  readonly job?: string
  readonly errorsOnly?: boolean
  /** Rows in time order (the default) or as read. */
  readonly order?: Order
}

const matches = (record: CloudTrailRecord, facts: Facts, filters: EventFilters): boolean => {
  if (filters.operation !== undefined && filters.operation.length > 0) {
    const name = facts.operation.toLowerCase()
    if (!filters.operation.some((op) => op.toLowerCase() === name)) return false
  }
  if (filters.identity !== undefined) {
    const wanted = filters.identity.toLowerCase()
    const who = identityOf(record)
    const names = [who.label, who.principal, who.arn, who.userName, who.role?.name, who.kind]
    if (!names.some((name) => name?.toLowerCase().includes(wanted))) return false
  }
  if (filters.account !== undefined && facts.account !== filters.account) return false
  const time = Date.parse(facts.time)
  if (filters.since !== undefined && !(time >= filters.since.getTime())) return false
  if (filters.until !== undefined && !(time <= filters.until.getTime())) return false
  if (filters.job !== undefined && facts.jobId !== filters.job) return false
  if (filters.errorsOnly === true && facts.errorCode === undefined) return false
  return true
}

const byTime = <T extends { readonly time: string }>(a: T, b: T): number =>
  a.time < b.time ? -1 : a.time > b.time ? 1 : 0

/**
 * `events`: the records that pass the filters, in time order (or as read with `--order file`):
 * as JSON Lines each record as it was, in the other formats a row of its facts.
 */
export const events = async (
  paths: ReadonlyArray<string>,
  filters: EventFilters,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const streamed = output.format === "jsonl" && filters.order === "file"
  // JSON Lines in time order keep each record's text, not the record: less memory than objects.
  const lines: { time: string; line: string }[] = []
  const rows: Facts[] = []
  const totals = await readInputs(paths, options, (record) => {
    const facts = factsOf(record)
    if (!matches(record, facts, filters)) return
    if (streamed) output.write(`${jsonText(record)}\n`)
    else if (output.format === "jsonl") lines.push({ time: facts.time, line: jsonText(record) })
    else rows.push(facts)
  })
  if (output.format === "jsonl") {
    if (filters.order !== "file") lines.sort(byTime)
    writeLines(
      lines.map(({ line }) => line),
      output.write,
    )
    return totals
  }
  if (filters.order !== "file") rows.sort(byTime)
  if (output.format === "csv" || output.format === "tsv") {
    // For scripts and spreadsheets: each fact in a column of its own.
    const keys = [
      "time",
      "operation",
      "errorCode",
      "jobId",
      "channel",
      "sourceIPAddress",
      "identity",
      "identityKind",
      "account",
      "region",
    ] as const
    printRows({ head: keys, keys, rows: rows.map((row) => keys.map((key) => row[key])) }, output)
    return totals
  }
  // Eight facts in six columns, the widest last, so a row reads from the left when its right
  // wraps: the origin's channel with its source address, the identity with its account (unless
  // its label already names it). Times and job ids are never broken.
  printRows(
    {
      head: ["Time", "Operation", "Error", "Job", "Origin", "Identity (account)"],
      keys: ["time", "operation", "errorCode", "job", "origin", "identity"],
      keep: [0, 3],
      rows: rows.map((row) => [
        row.time,
        row.operation,
        row.errorCode ?? "",
        row.jobId ?? "",
        row.sourceIPAddress !== undefined ? `${row.channel} ${row.sourceIPAddress}` : row.channel,
        row.account !== undefined && !row.identity.includes(row.account)
          ? `${row.identity} (${row.account})`
          : row.identity,
      ]),
    },
    output,
  )
  if (output.format === "table") output.write(`${rows.length} event${rows.length === 1 ? "" : "s"}\n`)
  return totals
}
