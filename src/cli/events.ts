import { identityOf } from "../identity/identity-of"
import type { CloudTrailRecord } from "../record/record"
import { type Facts, factsOf } from "./facts"
import { fittedTable } from "./fit"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

export interface EventFilters {
  readonly operation?: ReadonlyArray<string>
  readonly identity?: string
  readonly account?: string
  readonly since?: Date
  readonly until?: Date
  readonly job?: string
  readonly errorsOnly?: boolean
  readonly format: "table" | "jsonl"
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

/** `events`: the records that pass the filters, as a table or as JSON Lines (each record as it was). */
export const events = async (
  paths: ReadonlyArray<string>,
  filters: EventFilters,
  options: ReadOptions,
): Promise<ReadTotals> => {
  const rows: Facts[] = []
  const totals = await readInputs(paths, options, (record) => {
    const facts = factsOf(record)
    if (!matches(record, facts, filters)) return
    if (filters.format === "jsonl") process.stdout.write(`${JSON.stringify(record)}\n`)
    else rows.push(facts)
  })
  if (filters.format === "table") {
    rows.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
    // Eight facts in six columns, the widest last, so the table fits a 120-column terminal and a
    // row reads from the left when its right wraps: the origin's channel with its source address,
    // the identity with its account (unless its label already names it).
    const out = fittedTable(
      ["Time", "Operation", "Error", "Job", "Origin", "Identity (account)"],
      rows.map((row) => [
        row.time,
        row.operation,
        row.errorCode ?? "",
        row.jobId ?? "",
        row.sourceIPAddress !== undefined ? `${row.channel} ${row.sourceIPAddress}` : row.channel,
        row.account !== undefined && !row.identity.includes(row.account)
          ? `${row.identity} (${row.account})`
          : row.identity,
      ]),
    )
    process.stdout.write(`${out}\n${rows.length} event${rows.length === 1 ? "" : "s"}\n`)
  }
  return totals
}
