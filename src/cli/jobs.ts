import { bucketsOf } from "../mediaconvert/buckets"
import { destinationsOf, inputsOf } from "../mediaconvert/jobs"
import { jobTemplateOf } from "../mediaconvert/references"
import { JobTimelineJoin } from "../timelines/join"
import { type Column, printColumns } from "./columns"
import { factsOf, roleAndQueueOf } from "./facts"
import { type Filters, passes } from "./filters"
import type { JobLife, JobRow } from "./job-columns"
import type { Order } from "./output/options"
import type { Output } from "./output/rows"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"
import { namesBucket } from "./select"

/** What `jobs` shows: its columns and the order of rows. */
export interface JobsShown {
  /** The columns, given whether job-state events were read (the table then shows status). */
  readonly columns: (withStates: boolean) => ReadonlyArray<Column<JobRow>>
  /** By first sight of each job (the default), or as first read from the files. */
  readonly order: Order
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
  shown: JobsShown,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const lives = new Map<string, JobLife>()
  let failedCreates = 0
  const wanted = filters.bucket
  // The library's join of calls and MediaConvert's job-state events gives each job's status,
  // duration, error and outputs when state events lie beside the trail (an EventBridge archive).
  const join = new JobTimelineJoin()
  let states = 0
  const totals = await readInputs(
    paths,
    options,
    (record) => {
      const facts = factsOf(record)
      const passed = passes(facts, filters)
      if (facts.operation === "CreateJob" && facts.jobId === undefined) {
        if (passed && (wanted === undefined || namesBucket(record, wanted))) failedCreates++
        return
      }
      if (facts.jobId === undefined) return
      join.add(record)
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
    },
    (event) => {
      states++
      join.add(event)
    },
  )
  // Jobs known only from their state events pass when no filter asks about calls.
  const aboutCalls = Object.keys(filters).some((key) => key !== "job")
  for (const timeline of join.timelines().jobs) {
    let life = lives.get(timeline.jobId)
    if (life === undefined) {
      const first = timeline.states[0]?.detail.timestamp
      life = {
        looks: 0,
        first: typeof first === "number" ? first : Number.NaN,
        passed: !aboutCalls && (filters.job === undefined || filters.job === timeline.jobId),
      }
      lives.set(timeline.jobId, life)
    }
    life.timeline = timeline
  }
  const rows = [...lives]
    .filter(
      ([, life]) =>
        life.passed &&
        (wanted === undefined || (life.created?.buckets ?? []).some((bucket) => wanted.includes(bucket))),
    )
    .map(([id, life]) => ({ id, life }))
  if (shown.order === "time")
    rows.sort((a, b) => (a.life.first || Infinity) - (b.life.first || Infinity) || 0)
  printColumns(shown.columns(states > 0), rows, output)
  if (output.format !== "table") return totals
  const cancelled = rows.filter((row) => row.life.cancelled !== undefined).length
  output.write(
    `${rows.length} job${rows.length === 1 ? "" : "s"}, ${cancelled} cancelled` +
      `${failedCreates > 0 ? `; ${failedCreates} CreateJob call${failedCreates === 1 ? "" : "s"} created no job (failed or response not logged)` : ""}\n`,
  )
  return totals
}
