import { bucketsOf } from "../mediaconvert/buckets"
import { destinationsOf, inputsOf } from "../mediaconvert/jobs"
import { jobTemplateOf } from "../mediaconvert/references"
import { type Column, printColumns, stdoutAs } from "./columns"
import { factsOf, roleAndQueueOf } from "./facts"
import { type Filters, passes } from "./filters"
import type { JobLife, JobRow } from "./job-columns"
import type { Order } from "./output/options"
import type { Format } from "./output/rows"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"
import { namesBucket } from "./select"

export interface JobsOutput {
  readonly format: Format
  readonly columns: ReadonlyArray<Column<JobRow>>
  /** --width: the table's width (0 for no limit); else the terminal's or COLUMNS. */
  readonly width?: number | undefined
  /** By first call (the default), or in the order the jobs were first seen (`--order file`). */
  readonly order?: Order
}

/**
 * `jobs`: each job's life: who created it, with which role and queue, when, from where, what it
 * read and where it wrote, and whether it was cancelled; as a table or as JSON Lines (one object
 * per job). A job is shown when one of its calls passes the filters (with --bucket, when it reads
 * or writes the bucket), and its row then tells all its calls.
 */
export const jobs = async (
  paths: ReadonlyArray<string>,
  filters: Filters,
  output: JobsOutput,
  options: ReadOptions,
): Promise<ReadTotals> => {
  const lives = new Map<string, JobLife>()
  let failedCreates = 0
  const wanted = filters.bucket
  const totals = await readInputs(paths, options, (record) => {
    const facts = factsOf(record)
    const passed = passes(facts, filters)
    if (facts.operation === "CreateJob" && facts.jobId === undefined) {
      if (passed && (wanted === undefined || namesBucket(record, wanted))) failedCreates++
      return
    }
    if (facts.jobId === undefined) return
    let life = lives.get(facts.jobId)
    if (life === undefined) {
      life = { looks: 0, first: facts.instant, passed: false }
      lives.set(facts.jobId, life)
    }
    if (passed) life.passed = true
    if (facts.instant < life.first) life.first = facts.instant
    const from = `${facts.channel}${facts.sourceIPAddress !== undefined ? ` ${facts.sourceIPAddress}` : ""}`
    if (facts.operation === "CreateJob" && facts.errorCode === undefined) {
      const { role, queue } = roleAndQueueOf(record)
      const template = jobTemplateOf(record)
      const { reads, writes } = bucketsOf(record)
      life.created = {
        time: facts.time,
        by: facts.identity,
        from,
        ...(role !== undefined ? { role } : {}),
        ...(queue !== undefined ? { queue } : {}),
        ...(template._tag === "Some" ? { template: template.value.given } : {}),
        ...(facts.region !== undefined ? { region: facts.region } : {}),
        ...(facts.account !== undefined ? { account: facts.account } : {}),
        ...(facts.who.accessKeyId !== undefined ? { accessKey: facts.who.accessKeyId } : {}),
        inputs: inputsOf(record).map((input) => input.url),
        destinations: destinationsOf(record).map((destination) => destination.url),
        buckets: [...reads, ...writes],
      }
    } else if (facts.operation === "CancelJob" && facts.errorCode === undefined)
      life.cancelled = { time: facts.time, by: facts.identity }
    else life.looks++
  })
  const shown = [...lives]
    .filter(
      ([, life]) =>
        life.passed &&
        (wanted === undefined || (life.created?.buckets ?? []).some((bucket) => wanted.includes(bucket))),
    )
    .map(([id, life]) => ({ id, life }))
  if (output.order !== "file")
    shown.sort((a, b) => (a.life.first || Infinity) - (b.life.first || Infinity) || 0)
  const out = stdoutAs(output.format, output.width)
  printColumns(output.columns, shown, out)
  if (output.format !== "table") return totals
  const cancelled = shown.filter((row) => row.life.cancelled !== undefined).length
  out.write(
    `${shown.length} job${shown.length === 1 ? "" : "s"}, ${cancelled} cancelled` +
      `${failedCreates > 0 ? `; ${failedCreates} CreateJob call${failedCreates === 1 ? "" : "s"} created no job (failed or response not logged)` : ""}\n`,
  )
  return totals
}
