// npm run bench: in-process decode throughput beside JSON.parse on the same generated log
// file, in one run. Run with --expose-gc (the npm script does). Options:
//   --records N   records in the generated log file (default 100000)
//   --rounds R    measured rounds per task after one warm-up round (default 5)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gunzipSync, gzipSync } from "node:zlib"
import AjvModule from "ajv"
import { decodeMediaConvertEvent, decodeRecord, MediaConvertEvent } from "../src"
import { streamRecords } from "../src/node"
import { corrupt, makeRecords } from "./corpus"
import { zodSchemaOf } from "./schemas"
import { argument, median } from "./stats"

const count = argument("records", 100_000)
const rounds = argument("rounds", 5)
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
if ((globalThis as { gc?: unknown }).gc === undefined)
  console.warn("warning: run with --expose-gc for stable figures")

interface Task {
  readonly name: string
  readonly run: () => number // returns how many records it accepted, so no work is optimised away
}
interface Figure {
  readonly name: string
  readonly recordsPerSecond: { readonly median: number; readonly min: number; readonly max: number }
  readonly accepted: number
}

/** Runs each task once to warm up, then `rounds` times, rotating their order every round. */
const measure = (tasks: ReadonlyArray<Task>): Figure[] => {
  const rates = tasks.map(() => [] as number[])
  const accepted = tasks.map(() => 0)
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + Math.max(round, 0)) % tasks.length
      const task = tasks[index] as Task
      gc()
      const start = process.hrtime.bigint()
      const ok = task.run()
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      if (round >= 0) {
        ;(rates[index] as number[]).push(count / seconds)
        accepted[index] = ok
      }
    }
  }
  return tasks.map((task, i) => ({
    name: task.name,
    recordsPerSecond: {
      median: median(rates[i] as number[]),
      min: Math.min(...(rates[i] as number[])),
      max: Math.max(...(rates[i] as number[])),
    },
    accepted: accepted[i] as number,
  }))
}

/** Median seconds of each task over the rounds (same rotation and gc as `measure`). */
const measureEach = (tasks: ReadonlyArray<Task>): number[] => {
  const times = tasks.map(() => [] as number[])
  for (let round = -1; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + Math.max(round, 0)) % tasks.length
      gc()
      const start = process.hrtime.bigint()
      ;(tasks[index] as Task).run()
      if (round >= 0) (times[index] as number[]).push(Number(process.hrtime.bigint() - start) / 1e9)
    }
  }
  return times.map(median)
}

const countRight = (records: ReadonlyArray<unknown>, decode: (u: unknown) => { _tag: string }): number => {
  let ok = 0
  for (const record of records) if (decode(record)._tag === "Right") ok++
  return ok
}

// The contenders: the same rules as an ajv-compiled JSON Schema (the codec's own Standard JSON
// Schema, draft-07: ajv's default dialect) and as a zod schema.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
  AjvModule) as typeof AjvModule
const ajvValidate = new Ajv({ strict: false, allErrors: false }).compile(
  MediaConvertEvent["~standard"].jsonSchema.input({ target: "draft-07" }),
)
const zodSchema = zodSchemaOf(MediaConvertEvent)
const ajvAccepts = (u: unknown) => ({ _tag: ajvValidate(u) ? "Right" : "Left" })
const zodAccepts = (u: unknown) => ({ _tag: zodSchema.safeParse(u).success ? "Right" : "Left" })

// Before timing anything: all three accept and reject exactly the same records.
{
  const sample = makeRecords(Math.min(count, 20_000))
  let disagreements = 0
  for (const record of [...sample, ...corrupt(sample)]) {
    const ours = decodeMediaConvertEvent(record)._tag
    if (ajvAccepts(record)._tag !== ours || zodAccepts(record)._tag !== ours) {
      if (disagreements++ < 3)
        console.error("disagreement on", JSON.stringify(record).slice(0, 300), { ours })
    }
  }
  if (disagreements > 0) {
    console.error(`${disagreements} records where the validators disagree: the comparison would not be fair`)
    process.exit(1)
  }
  console.log(`ajv, zod and this library agree on all ${sample.length * 2} records (clean and corrupted)`)
}

// Phase 1: only the log file's text (and the same records as JSON Lines) are alive.
let text: string | undefined = JSON.stringify({ Records: makeRecords(count) })
let lines: string[] | undefined = (JSON.parse(text) as { Records: unknown[] }).Records.map((r) =>
  JSON.stringify(r),
)
const bytes = Buffer.byteLength(text)
gc()
const parsePhase = measure([
  {
    name: "JSON.parse (whole log file)",
    run: () => (JSON.parse(text as string) as { Records: unknown[] }).Records.length,
  },
  {
    name: "JSON.parse per line (JSON Lines)",
    run: () => {
      let n = 0
      for (const line of lines as string[]) if (JSON.parse(line) !== null) n++
      return n
    },
  },
  {
    name: "JSON.parse + decodeRecord",
    run: () => countRight((JSON.parse(text as string) as { Records: unknown[] }).Records, decodeRecord),
  },
  {
    name: "JSON.parse + decodeMediaConvertEvent",
    run: () =>
      countRight((JSON.parse(text as string) as { Records: unknown[] }).Records, decodeMediaConvertEvent),
  },
  {
    name: "JSON.parse + ajv (same rules)",
    run: () => countRight((JSON.parse(text as string) as { Records: unknown[] }).Records, ajvAccepts),
  },
  {
    name: "JSON.parse + zod (same rules)",
    run: () => countRight((JSON.parse(text as string) as { Records: unknown[] }).Records, zodAccepts),
  },
])
const gzipped = gzipSync(text)
text = undefined
lines = undefined
gc()

// Phase 2: only the parsed records are alive.
let parsed: unknown[] | undefined = makeRecords(count)
const decodePhase = measure([
  { name: "decodeRecord (already parsed)", run: () => countRight(parsed as unknown[], decodeRecord) },
  {
    name: "decodeMediaConvertEvent (already parsed)",
    run: () => countRight(parsed as unknown[], decodeMediaConvertEvent),
  },
  { name: "ajv (already parsed)", run: () => countRight(parsed as unknown[], ajvAccepts) },
  { name: "zod (already parsed)", run: () => countRight(parsed as unknown[], zodAccepts) },
])

// Phase 3: the failure path. The records a corrupted copy rejects, against their clean
// originals: the difference is what a failure report with paths costs.
const corrupted = corrupt(parsed)
const rejectedIndexes = corrupted.flatMap((record, i) =>
  decodeMediaConvertEvent(record)._tag === "Left" ? [i] : [],
)
let bad: unknown[] | undefined = rejectedIndexes.map((i) => corrupted[i])
let good: unknown[] | undefined = rejectedIndexes.map((i) => (parsed as unknown[])[i])
parsed = undefined
gc()
const failureTimes = measureEach([
  {
    name: "decodeMediaConvertEvent, rejected records",
    run: () => countRight(bad as unknown[], decodeMediaConvertEvent),
  },
  {
    name: "decodeMediaConvertEvent, their clean originals",
    run: () => countRight(good as unknown[], decodeMediaConvertEvent),
  },
])
const rejected = rejectedIndexes.length
bad = undefined
good = undefined

// Phase 4: the gzipped log file on disk: gunzip + JSON.parse of the whole, against
// streamRecords (mediaconvert-cloudtrail/node), which gunzips, splits and decodes as it reads.
const file = join(tmpdir(), `mcc-bench-${process.pid}.json.gz`)
writeFileSync(file, gzipped)
const streamTimes: number[][] = [[], []]
for (let round = -1; round < rounds; round++) {
  for (let k = 0; k < 2; k++) {
    const index = (k + Math.max(round, 0)) % 2
    gc()
    const start = process.hrtime.bigint()
    if (index === 0) {
      ;(JSON.parse(gunzipSync(readFileSync(file)).toString("utf8")) as { Records: unknown[] }).Records.length
    } else {
      let decoded = 0
      for await (const result of streamRecords(file)) if (result._tag === "record") decoded++
      if (decoded !== count) throw new Error(`streamRecords decoded ${decoded} of ${count}`)
    }
    if (round >= 0) (streamTimes[index] as number[]).push(Number(process.hrtime.bigint() - start) / 1e9)
  }
}
rmSync(file, { force: true })
const gunzipParse = count / median(streamTimes[0] as number[])
const streamed = count / median(streamTimes[1] as number[])

const figures = [...parsePhase, ...decodePhase]
const baseline = figures[0]?.recordsPerSecond.median ?? 1
const extraMicrosPerRejected =
  rejected > 0 ? (((failureTimes[0] ?? 0) - (failureTimes[1] ?? 0)) / rejected) * 1e6 : 0
const peakRssMiB = process.resourceUsage().maxRSS / 1024

const pad = (s: string, n: number) => s.padEnd(n)
console.log(
  `${count} records, ${(bytes / 1e6).toFixed(1)} MB of JSON (${Math.round(bytes / count)} bytes per record), ${rounds} rounds`,
)
console.log(`${pad("task", 42)} ${pad("records/s median", 18)} ${pad("min–max", 22)} × JSON.parse`)
for (const f of figures) {
  const r = f.recordsPerSecond
  console.log(
    `${pad(f.name, 42)} ${pad(Math.round(r.median).toLocaleString("en-US"), 18)} ${pad(`${Math.round(r.min).toLocaleString("en-US")}–${Math.round(r.max).toLocaleString("en-US")}`, 22)} ${(r.median / baseline).toFixed(2)}`,
  )
}
console.log(
  `rejected records: ${rejected}; extra cost per rejected record: ${extraMicrosPerRejected.toFixed(1)} µs`,
)
console.log(
  `gzipped file on disk (${(gzipped.length / 1e6).toFixed(1)} MB): gunzip + JSON.parse ${Math.round(gunzipParse).toLocaleString("en-US")} records/s, streamRecords ${Math.round(streamed).toLocaleString("en-US")} records/s (${(streamed / gunzipParse).toFixed(2)} ×)`,
)
console.log(`peak RSS of this process: ${peakRssMiB.toFixed(0)} MiB`)

const out = join(dirname(fileURLToPath(import.meta.url)), "results", "decode.json")
mkdirSync(dirname(out), { recursive: true })
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, records: count, bytes, rounds, figures: figures.map((f) => ({ ...f, timesJsonParse: f.recordsPerSecond.median / baseline })), rejected, extraMicrosPerRejected, gunzipParse, streamed, peakRssMiB }, null, 2)}\n`,
)
console.log(`written to ${out}`)
