import { factsOf, roleAndQueueOf, shortName, table } from "./facts"
import { type ReadOptions, type ReadTotals, readInputs } from "./read-inputs"

interface JobLife {
  created?: { time: string; by: string; role?: string; queue?: string; from: string; region?: string }
  cancelled?: { time: string; by: string }
  looks: number
  first: string
}

/** `jobs`: each job's life: who created it, with which role and queue, when, from where, and whether it was cancelled. */
export const jobs = async (paths: ReadonlyArray<string>, options: ReadOptions): Promise<ReadTotals> => {
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
  const out = table(["Job", "Created", "Created by", "Role", "Queue", "From", "Cancelled", "Other calls"])
  for (const [id, life] of sorted) {
    const created = life.created
    out.push([
      id,
      created?.time ?? "(not in these records)",
      created?.by ?? "",
      created?.role !== undefined ? shortName(created.role) : "",
      created?.queue !== undefined ? shortName(created.queue) : "",
      created?.from ?? "",
      life.cancelled !== undefined ? `${life.cancelled.time} by ${life.cancelled.by}` : "no",
      life.looks,
    ])
  }
  const cancelled = sorted.filter(([, life]) => life.cancelled !== undefined).length
  process.stdout.write(
    `${out.toString()}\n${lives.size} job${lives.size === 1 ? "" : "s"}, ${cancelled} cancelled` +
      `${failedCreates > 0 ? `; ${failedCreates} CreateJob call${failedCreates === 1 ? "" : "s"} created no job (failed or response not logged)` : ""}\n`,
  )
  return totals
}
