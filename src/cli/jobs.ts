import { factsOf, roleAndQueueOf, shortName } from "./facts"
import type { Order } from "./output/options"
import { type Output, printRows, writeJsonLines } from "./output/rows"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

interface JobLife {
  created?: { time: string; by: string; role?: string; queue?: string; from: string; region?: string }
  cancelled?: { time: string; by: string }
  looks: number
  first: string
}

/**
 * `jobs`: each job's life: who created it, with which role and queue, when, from where, and
 * whether it was cancelled; in order of creation (or of first sight with `--order file`), as a
 * table, CSV, TSV, Markdown or JSON Lines (one object per job).
 */
export const jobs = async (
  paths: ReadonlyArray<string>,
  order: Order,
  options: ReadOptions,
  output: Output,
): Promise<ReadTotals> => {
  const lives = new Map<string, JobLife>()
  let failedCreates = 0
  const totals = await readInputs(paths, options, (record) => {
    const facts = factsOf(record)
    if (facts.operation === "CreateJob" && facts.jobId === undefined) {
      failedCreates++
      return
    }
    if (facts.jobId === undefined) return
    let life = lives.get(facts.jobId)
    if (life === undefined) {
      life = { looks: 0, first: facts.time }
      lives.set(facts.jobId, life)
    }
    if (facts.time < life.first) life.first = facts.time
    const from = `${facts.channel}${facts.sourceIPAddress !== undefined ? ` ${facts.sourceIPAddress}` : ""}`
    if (facts.operation === "CreateJob" && facts.errorCode === undefined) {
      const { role, queue } = roleAndQueueOf(record)
      life.created = {
        time: facts.time,
        by: facts.identity,
        from,
        ...(role !== undefined ? { role } : {}),
        ...(queue !== undefined ? { queue } : {}),
        ...(facts.region !== undefined ? { region: facts.region } : {}),
      }
    } else if (facts.operation === "CancelJob" && facts.errorCode === undefined)
      life.cancelled = { time: facts.time, by: facts.identity }
    else life.looks++
  })
  const sorted = [...lives]
  if (order === "time")
    sorted.sort((a, b) => {
      const x = a[1].created?.time ?? a[1].first
      const y = b[1].created?.time ?? b[1].first
      return x < y ? -1 : x > y ? 1 : 0
    })
  const cancelled = sorted.filter(([, life]) => life.cancelled !== undefined).length
  if (output.format === "jsonl") {
    writeJsonLines(
      sorted.map(([id, life]) => jobLine(id, life)),
      output.write,
    )
    return totals
  }
  if (output.format === "csv" || output.format === "tsv") {
    // For scripts and spreadsheets: the JSON Lines' fields, whole.
    const lines = sorted.map(([id, life]) => jobLine(id, life))
    const keys = Object.keys(jobLine("", { looks: 0, first: "" }))
    printRows({ head: keys, keys, rows: lines.map((line) => Object.values(line)) }, output)
    return totals
  }
  // The widest columns last, so a row reads from the left when its right wraps; role and queue
  // by their last segment (the JSON Lines keep them whole); job ids are never broken.
  printRows(
    {
      head: ["Job", "Other calls", "Queue, role", "From", "Cancelled", "Created"],
      keys: ["job", "otherCalls", "queueRole", "from", "cancelled", "created"],
      keep: [0],
      rows: sorted.map(([id, life]) => {
        const line = jobLine(id, life)
        return [
          id,
          line.otherCalls,
          [line.queue, line.role].flatMap((arn) => (arn !== null ? [shortName(arn)] : [])).join(" "),
          line.from ?? "",
          line.cancelled !== null ? `${line.cancelled} by ${line.cancelledBy}` : "no",
          line.created !== null ? `${line.created} by ${line.createdBy}` : "(not in these records)",
        ]
      }),
    },
    output,
  )
  if (output.format !== "table") return totals
  output.write(
    `${lives.size} job${lives.size === 1 ? "" : "s"}, ${cancelled} cancelled` +
      `${failedCreates > 0 ? `; ${failedCreates} CreateJob call${failedCreates === 1 ? "" : "s"} created no job (failed or response not logged)` : ""}\n`,
  )
  return totals
}

/** One job as `--format jsonl` prints it: the table's facts, null where the records do not say. */
const jobLine = (id: string, life: JobLife) => ({
  job: id,
  created: life.created?.time ?? null,
  createdBy: life.created?.by ?? null,
  role: life.created?.role ?? null,
  queue: life.created?.queue ?? null,
  from: life.created?.from ?? null,
  cancelled: life.cancelled?.time ?? null,
  cancelledBy: life.cancelled?.by ?? null,
  otherCalls: life.looks,
})
