import { factsOf, roleAndQueueOf, shortName } from "./facts"
import { fittedTable } from "./fit"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

interface JobLife {
  created?: { time: string; by: string; role?: string; queue?: string; from: string; region?: string }
  cancelled?: { time: string; by: string }
  looks: number
  first: string
}

/**
 * `jobs`: each job's life: who created it, with which role and queue, when, from where, and
 * whether it was cancelled; as a table or as JSON Lines (one object per job).
 */
export const jobs = async (
  paths: ReadonlyArray<string>,
  format: "table" | "jsonl",
  options: ReadOptions,
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
  const sorted = [...lives].sort((a, b) => {
    const x = a[1].created?.time ?? a[1].first
    const y = b[1].created?.time ?? b[1].first
    return x < y ? -1 : x > y ? 1 : 0
  })
  const cancelled = sorted.filter(([, life]) => life.cancelled !== undefined).length
  if (format === "jsonl") {
    for (const [id, life] of sorted) process.stdout.write(`${JSON.stringify(jobLine(id, life))}\n`)
    return totals
  }
  // The widest columns last, so the table fits a 120-column terminal and a row reads from the
  // left when its right wraps; role and queue by their last segment (the JSON Lines keep them whole).
  const out = fittedTable(
    ["Job", "Other calls", "Queue, role", "From", "Cancelled", "Created"],
    sorted.map(([id, life]) => {
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
  )
  process.stdout.write(
    `${out}\n${lives.size} job${lives.size === 1 ? "" : "s"}, ${cancelled} cancelled` +
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
