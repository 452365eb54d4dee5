// The join section of `npm run bench`: jobTimelines over generated histories (100,000 jobs by
// default, about a million records and events) beside JSON.parse of the same events, and the
// incremental JobTimelineJoin over them in delivery order, with the memory each holds.
// Run in a process of its own (bench/index.ts), with --expose-gc, so heap figures are its own.
//   node --expose-gc --import tsx bench/timelines.ts [jobs] [rounds]
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { jobHistories } from "../scripts/synthetic/job-life"
import { prng } from "../scripts/synthetic/random"
import { decodeJobStateChange, decodeMediaConvertEvent, JobTimelineJoin, jobTimelines } from "../src"
import { median } from "./stats"

const jobs = Number(process.argv[2]) > 0 ? Number(process.argv[2]) : 100_000
const rounds = Number(process.argv[3]) > 0 ? Number(process.argv[3]) : 3
const gc = (globalThis as { gc?: () => void }).gc
const heapMiB = (): number => {
  gc?.()
  return process.memoryUsage().heapUsed / 1024 / 1024
}

// Delivery order: each item at its own time plus a delay, CloudTrail's records (up to 15
// minutes) much later than MediaConvert's events (a few seconds), so records arrive after the
// states of their jobs, and states out of order among themselves.
const random = prng(2024)
const timeOf = (item: { [key: string]: unknown }): number => {
  const detail = item.detail as { timestamp?: number } | undefined
  return detail?.timestamp ?? Date.parse(String(item.eventTime))
}
/** The generated items as JSON text, in delivery order; the objects are let go. */
const deliveredLines = (): string[] => {
  const generated = jobHistories(prng(24), jobs, { withoutCreate: 0.02, rejected: 100 })
  return [
    ...generated.records.map((item) => ({ item, at: timeOf(item) + random() * 15 * 60_000 })),
    ...generated.events.map((item) => ({ item, at: timeOf(item) + random() * 5_000 })),
  ]
    .sort((a, b) => a.at - b.at)
    .map((entry) => JSON.stringify(entry.item))
}
const lines = deliveredLines()
const megabytes = lines.reduce((sum, line) => sum + line.length, 0) / 1e6
const count = lines.length
console.log(
  `\njob timelines: ${jobs.toLocaleString("en-US")} jobs, ${count.toLocaleString("en-US")} records and events (${megabytes.toFixed(0)} MB of JSON), ${rounds} rounds, Node ${process.version}`,
)

// JSON.parse of the same events, kept (the join reads them).
let parsed: unknown[] = []
const parseTimes: number[] = []
for (let round = 0; round < rounds; round++) {
  parsed = []
  const start = performance.now()
  for (const line of lines) parsed.push(JSON.parse(line))
  parseTimes.push(performance.now() - start)
}
const parseRate = count / (median(parseTimes) / 1000)

const heldInputMiB = heapMiB()
const joinTimes: number[] = []
let result = jobTimelines([])
for (let round = 0; round < rounds; round++) {
  result = jobTimelines([])
  gc?.()
  const start = performance.now()
  result = jobTimelines(parsed as never)
  joinTimes.push(performance.now() - start)
}
const joinRate = count / (median(joinTimes) / 1000)
const resultMiB = heapMiB() - heldInputMiB
if (result.jobs.length !== jobs) throw new Error(`expected ${jobs} timelines, got ${result.jobs.length}`)

// Decoding each item first (what mediaConvertEventsFrom does) and then joining.
const decodeStart = performance.now()
const decoded = parsed.map((item) => {
  const value = item as { [key: string]: unknown }
  const answer = "detail-type" in value ? decodeJobStateChange(value) : decodeMediaConvertEvent(value)
  if (answer._tag === "Left") throw new Error("a generated item did not decode")
  return answer.right
})
jobTimelines(decoded)
const decodeJoinRate = count / ((performance.now() - decodeStart) / 1000)

// The incremental form in delivery order: finished jobs released every 10,000 items.
result = jobTimelines([])
const baseMiB = heapMiB()
const incremental = new JobTimelineJoin()
let maxOpen = 0
let released = 0
let peakMiB = Number.NEGATIVE_INFINITY
const incrementalStart = performance.now()
for (let i = 0; i < parsed.length; i++) {
  incremental.add(parsed[i] as never)
  if (i % 10_000 === 9_999) {
    released += incremental.release().jobs.length
    if (incremental.open > maxOpen) maxOpen = incremental.open
    if (i % 100_000 === 99_999) peakMiB = Math.max(peakMiB, heapMiB() - baseMiB)
  }
}
released += incremental.release().jobs.length
const incrementalRate = count / ((performance.now() - incrementalStart) / 1000)
const rows: ReadonlyArray<readonly [string, number]> = [
  ["JSON.parse", parseRate],
  ["jobTimelines (decoded input)", joinRate],
  ["decode each + jobTimelines", decodeJoinRate],
  ["JobTimelineJoin, release every 10k", incrementalRate],
]
for (const [name, rate] of rows)
  console.log(
    `${name.padEnd(38)} ${Math.round(rate).toLocaleString("en-US").padStart(12)} items/s  ${(rate / parseRate).toFixed(2)} × JSON.parse`,
  )
console.log(
  `memory: ${heldInputMiB.toFixed(0)} MiB heap holding the parsed input; the ${jobs.toLocaleString("en-US")} timelines add ${resultMiB.toFixed(0)} MiB; the incremental join held at most ${maxOpen.toLocaleString("en-US")} open jobs (heap at most ${peakMiB.toFixed(0)} MiB from its start, sampled every 100,000 items; the items themselves are the parsed input's) and released ${released.toLocaleString("en-US")}`,
)

const out = join(dirname(fileURLToPath(import.meta.url)), "results", "timelines.json")
mkdirSync(dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, jobs, items: count, megabytes, rounds, parseRate, joinRate, decodeJoinRate, incrementalRate, heldInputMiB, resultMiB, maxOpen, peakMiB, released }, null, 2)}\n`,
)
console.log(`written to ${out}`)
