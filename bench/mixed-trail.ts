// The mixed-trail case of `npm run bench`: a log file of about 100 MB where 1% of records are
// MediaConvert's and the rest a mix of other services, built at bench time from the record
// shapes of the shared corpus (../shared/corpus/public; nothing of it is copied into the
// project). Selection (`mediaConvertEventsFrom`, `streamMediaConvertEvents`) is measured
// against JSON.parse of the whole file then filtering on eventSource, in the same run.
import { createReadStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createGunzip, gzipSync } from "node:zlib"
import { isoSeconds, uuid } from "../scripts/synthetic/ids"
import { prng } from "../scripts/synthetic/random"
import { mediaConvertEventsFrom, recordsFrom } from "../src"
import { streamMediaConvertEvents } from "../src/node"
import { GUNZIP_OPTIONS } from "../src/node/inflate"
import { makeRecords } from "./corpus"
import { median } from "./stats"

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const corpus = join(import.meta.dirname, "..", "..", "shared", "corpus", "public")

/** The records of other services in the shared corpus: the shapes the mix is made of. */
export const shapes = (): Record<string, unknown>[] => {
  if (!existsSync(corpus)) throw new Error(`the mixed-trail case needs the shared corpus at ${corpus}`)
  const found: Record<string, unknown>[] = []
  for (const name of readdirSync(corpus)
    .filter((file) => file.endsWith(".jsonl"))
    .sort())
    for (const line of readFileSync(join(corpus, name), "utf8").split("\n")) {
      if (line.trim() === "") continue
      const record = JSON.parse(line) as Record<string, unknown>
      if (record.eventSource !== MEDIACONVERT) found.push(record)
    }
  return found
}

/** The text of a log file of about `megabytes` MB with `share` of its records MediaConvert's. */
export const mixedTrail = (megabytes: number, share = 0.01): { text: string; records: number } => {
  const random = prng(13)
  const others = shapes()
  const mediaConvert = makeRecords(2_000).map((record) => JSON.stringify(record))
  const pieces: string[] = []
  let size = 0
  let time = Date.parse("2024-04-04T00:00:00Z")
  while (size < megabytes * 1e6) {
    time += 37
    let text: string
    if (random() < share) text = mediaConvert[Math.floor(random() * mediaConvert.length)] as string
    else {
      const shape = others[Math.floor(random() * others.length)] as Record<string, unknown>
      // CloudTrail writes eventVersion first; the corpus kept its sources' key orders.
      text = JSON.stringify({
        ...("eventVersion" in shape ? { eventVersion: shape.eventVersion } : {}),
        ...shape,
        ...("eventTime" in shape ? { eventTime: isoSeconds(time) } : {}),
        eventID: uuid(random),
      })
    }
    pieces.push(text)
    size += text.length + 1
  }
  return { text: `{"Records":[${pieces.join(",")}]}`, records: pieces.length }
}

interface Figure {
  readonly name: string
  readonly seconds: number
}

const time = async (
  tasks: ReadonlyArray<{ name: string; run: () => unknown }>,
  rounds: number,
  gc: () => void,
): Promise<Figure[]> => {
  const times = tasks.map(() => [] as number[])
  for (let round = -1; round < rounds; round++)
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + Math.max(round, 0)) % tasks.length
      gc()
      const start = process.hrtime.bigint()
      await (tasks[index] as { run: () => unknown }).run()
      if (round >= 0) (times[index] as number[]).push(Number(process.hrtime.bigint() - start) / 1e9)
    }
  return tasks.map((task, i) => ({ name: task.name, seconds: median(times[i] as number[]) }))
}

/** What a MediaConvert record is compared by: its eventID and its whole content. */
const key = (record: unknown): string => JSON.stringify(record)

/** Runs the mixed-trail case and prints its table. */
export const runMixedTrail = async (megabytes: number, rounds: number, gc: () => void): Promise<unknown> => {
  let text: string | undefined = mixedTrail(megabytes).text
  const bytes = Buffer.byteLength(text)
  const file = join(tmpdir(), `mcc-bench-mixed-${process.pid}.json`)
  writeFileSync(file, text)
  const gzipped = `${file}.gz`
  writeFileSync(gzipped, gzipSync(text))
  const parseThenFilter = (input: string) =>
    (JSON.parse(input) as { Records: { eventSource?: unknown }[] }).Records.filter(
      (record) => record.eventSource === MEDIACONVERT,
    )
  const streamed = async (path: string): Promise<unknown[]> => {
    const out: unknown[] = []
    for await (const result of streamMediaConvertEvents(path))
      if (result._tag === "record") out.push(result.record)
      else throw new Error(`streamMediaConvertEvents: ${result._tag} at ${result.path}`)
    return out
  }

  // Before timing: the same events as parse-then-filter, by eventID and content.
  const expected = parseThenFilter(text).map(key)
  const inMemory = mediaConvertEventsFrom(text).results.map((result) => {
    if (result._tag !== "record") throw new Error(`mediaConvertEventsFrom: ${result._tag} at ${result.path}`)
    return key(result.record)
  })
  for (const [name, got] of [
    ["mediaConvertEventsFrom", inMemory],
    ["streamMediaConvertEvents", (await streamed(file)).map(key)],
    ["streamMediaConvertEvents (gzip)", (await streamed(gzipped)).map(key)],
  ] as const)
    if (got.length !== expected.length || got.some((k, i) => k !== expected[i]))
      throw new Error(`${name} does not give the events parse-then-filter gives`)
  const events = expected.length
  console.log(
    `mixed trail: ${(bytes / 1e6).toFixed(1)} MB, ${events} MediaConvert events; all readers give the same events as parse-then-filter`,
  )

  const inMemoryFigures = await time(
    [
      { name: "JSON.parse + filter on eventSource", run: () => parseThenFilter(text as string).length },
      {
        name: "mediaConvertEventsFrom (text)",
        run: () => mediaConvertEventsFrom(text as string).results.length,
      },
      {
        name: "recordsFrom (text, eventSources)",
        run: () => recordsFrom(text as string, { eventSources: [MEDIACONVERT] }).results.length,
      },
      { name: "streamMediaConvertEvents (file)", run: () => streamed(file) },
    ],
    rounds,
    gc,
  )
  text = undefined
  gc()
  const gunzipAlone = async () => {
    let total = 0
    for await (const chunk of createReadStream(gzipped, { highWaterMark: 1024 * 1024 }).pipe(
      createGunzip(GUNZIP_OPTIONS),
    ))
      total += (chunk as Buffer).length
    return total
  }
  const gzipFigures = await time(
    [
      { name: "gunzip alone (node:zlib stream)", run: gunzipAlone },
      { name: "streamMediaConvertEvents (gzip file)", run: () => streamed(gzipped) },
    ],
    rounds,
    gc,
  )
  rmSync(file, { force: true })
  rmSync(gzipped, { force: true })

  const baseline = inMemoryFigures[0]?.seconds ?? 1
  const pad = (s: string, n: number) => s.padEnd(n)
  console.log(`${pad("mixed trail task", 42)} ${pad("MB/s median", 14)} × parse-then-filter`)
  for (const f of inMemoryFigures)
    console.log(
      `${pad(f.name, 42)} ${pad((bytes / 1e6 / f.seconds).toFixed(0), 14)} ${(baseline / f.seconds).toFixed(2)}`,
    )
  const gunzipSeconds = gzipFigures[0]?.seconds ?? 1
  for (const f of gzipFigures)
    console.log(
      `${pad(f.name, 42)} ${pad((bytes / 1e6 / f.seconds).toFixed(0), 14)} ${(gunzipSeconds / f.seconds).toFixed(2)} × gunzip alone`,
    )
  return {
    bytes,
    events,
    inMemory: inMemoryFigures.map((f) => ({ ...f, timesParseThenFilter: baseline / f.seconds })),
    gzip: gzipFigures.map((f) => ({ ...f, timesGunzip: gunzipSeconds / f.seconds })),
  }
}

// `npm run bench` runs it in a process of its own; alone:
// `node --expose-gc --import tsx bench/mixed-trail.ts [megabytes] [rounds]`. Writes
// bench/results/mixed-trail.json.
if (process.argv[1] !== undefined && import.meta.filename === process.argv[1]) {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined)
  const figures = await runMixedTrail(Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 5), gc)
  const out = join(import.meta.dirname, "results", "mixed-trail.json")
  writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, ...(figures as object) }, null, 2)}\n`,
  )
  console.log(`written to ${out}`)
}
