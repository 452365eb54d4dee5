import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { afterAll, describe, expect, it } from "vitest"
import { listTrailFiles, type StreamOptions, streamMediaConvertEvents, streamRecords } from "../../src/node"
import { loseInflatingWorker } from "../../src/node/inflate-worker"
import { shareOfMainThread } from "../../src/node/read-ahead"
import { poolsStarted, readWorkersFound } from "../../src/node/read-pool"
import { fixture, fixtureNames } from "../helpers/fixtures"

// A folder of many small files, as a trail is: streamed, read on the main thread, read ahead
// by the inflating worker, or on worker threads, the results and the summaries are the same,
// in path order, and a file that breaks mid-way costs itself alone.
const MEDIACONVERT = "mediaconvert.amazonaws.com"
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const services = [MEDIACONVERT, "s3.amazonaws.com", MEDIACONVERT, "sts.amazonaws.com"]
let made = 0
const record = (extra: Record<string, unknown> = {}) => {
  const n = made++
  return {
    ...seeds[n % seeds.length],
    eventSource: services[n % services.length],
    eventID: `file-${n}`,
    ...extra,
  }
}
const logFile = (records: ReadonlyArray<unknown>) =>
  `{"Records":[${records.map((r) => JSON.stringify(r)).join(",")}]}`

const root = mkdtempSync(join(tmpdir(), "mcc-many-"))
afterAll(() => rmSync(root, { recursive: true, force: true }))
const day = join(root, "AWSLogs", "111122223333", "CloudTrail", "us-west-2", "2024", "04", "01")
mkdirSync(day, { recursive: true })
const write = (name: string, content: string | Uint8Array) => writeFileSync(join(day, name), content)
const FILES = 48
for (let i = 0; i < FILES; i++) {
  const name = `111122223333_CloudTrail_us-west-2_20240401T${String(i).padStart(4, "0")}Z_x.json`
  const text = logFile(Array.from({ length: 5 + (i % 7) }, () => record()))
  if (i === 20) {
    // Cut short mid-way: the records before the cut, then a failure where it broke.
    const gzipped = gzipSync(text)
    write(`${name}.gz`, gzipped.subarray(0, Math.floor(gzipped.length * 0.6)))
  } else if (i === 21)
    write(`${name}.gz`, gzipSync(`${text.slice(0, -60)}{"eventVersion":`)) // broken JSON
  else if (i === 22)
    write(name, text) // not gzipped
  else if (i === 23)
    write(
      `${name.replace(/\.json$/, ".jsonl")}`,
      Array.from({ length: 4 }, () => JSON.stringify(record())).join("\n"),
    )
  else if (i === 24) {
    // JSON.stringify writes -0 as 0: the text is written by hand.
    const minusZero = logFile([record({ additionalEventData: { minusZero: "M", list: ["M", 1] } })])
    write(`${name}.gz`, gzipSync(minusZero.replaceAll('"M"', "-0")))
  } else if (i === 25)
    write(`${name}.gz`, gzipSync("")) // empty
  else if (i === 26)
    write(`${name}.gz`, gzipSync(`\uFEFF${text}`)) // a byte order mark: dropped on every path
  else if (i === 27)
    write(name, `\uFEFF${text}`) // the same, not gzipped
  else if (i === 28)
    // Zero padding after the gzip data: the records, then the same trailing-data notice everywhere.
    write(`${name}.gz`, Buffer.concat([gzipSync(text), Buffer.alloc(512)]))
  else write(`${name}.gz`, gzipSync(text))
}
const folder = join(root, "AWSLogs")

const read = async (
  reader: typeof streamRecords | typeof streamMediaConvertEvents,
  options: StreamOptions,
) => {
  const stream = reader(folder, options)
  const results: unknown[] = []
  for await (const result of stream) results.push(result)
  return { results, summary: stream.summary() }
}

const ways: ReadonlyArray<[string, StreamOptions]> = [
  ["streamed", { smallFileBytes: 0, workers: 1 }],
  ["whole, main thread", { workers: 1, readAhead: false }],
  ["whole, read ahead by the inflating worker", { workers: 1, readAhead: true }],
  ["whole, three workers", { workers: 3 }],
]

describe("reading a folder of many small files", () => {
  it("finds the reading workers' code (npm run build writes dist/read-worker.js)", () => {
    expect(readWorkersFound(), "run npm run build first: the workers run dist/read-worker.js").toBe(true)
  })

  it("gives the same results and summaries streamed, read whole, and on workers", async () => {
    const started = poolsStarted()
    for (const [reader, options] of [
      [streamRecords, {}],
      [streamRecords, { eventSources: [MEDIACONVERT] }],
      [streamMediaConvertEvents, {}],
    ] as const) {
      const [first, ...rest] = await Promise.all(ways.map(([, way]) => read(reader, { ...options, ...way })))
      for (const [k, other] of rest.entries())
        expect(other, `${ways[k + 1]?.[0]} ${JSON.stringify(options)}`).toStrictEqual(first)
      expect(first?.summary.decoded).toBeGreaterThan(100)
    }
    expect(poolsStarted()).toBe(started + 3)
  }, 120_000)

  it("keeps -0 as read, from a worker too", async () => {
    for (const [, options] of ways) {
      const { results } = await read(streamRecords, options)
      const found = results.find(
        (r) =>
          (r as { record?: { additionalEventData?: { minusZero?: number } } }).record?.additionalEventData
            ?.minusZero !== undefined,
      ) as { record: { additionalEventData: { minusZero: number; list: number[] } } }
      expect(Object.is(found.record.additionalEventData.minusZero, -0)).toBe(true)
      expect(Object.is(found.record.additionalEventData.list[0], -0)).toBe(true)
    }
  }, 60_000)

  it("gives the files' results in path order", async () => {
    const { files } = await listTrailFiles(folder)
    const { results } = await read(streamRecords, { workers: 3 })
    const sources = (results as { source: string }[])
      .map((r) => r.source)
      .filter((s, i, all) => s !== all[i - 1])
    expect(sources).toStrictEqual(files)
  }, 60_000)

  it("costs a file that breaks mid-way itself alone: each file gives what it gives read alone", async () => {
    const { files } = await listTrailFiles(folder)
    const { results } = await read(streamRecords, { workers: 3 })
    for (const file of files) {
      const alone: unknown[] = []
      for await (const result of streamRecords(file)) alone.push(result)
      expect(
        results.filter((r) => (r as { source: string }).source === file),
        file,
      ).toStrictEqual(alone)
    }
    const cut = results.filter((r) => (r as { source: string }).source.includes("T0020Z"))
    expect(cut.at(-1)).toMatchObject({ _tag: "failure" })
    expect(cut.filter((r) => (r as { _tag: string })._tag === "record").length).toBeGreaterThan(0)
  }, 120_000)

  it("starts the workers under --input-type=module and tsx alike", () => {
    const code = `
      import { streamRecords } from "./src/node/index.ts"
      import { poolsStarted } from "./src/node/read-pool.ts"
      const stream = streamRecords(${JSON.stringify(folder)}, { workers: 2 })
      let n = 0
      for await (const r of stream) n++
      console.log(n, JSON.stringify(stream.summary()), poolsStarted())
    `
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
      timeout: 60_000,
    })
    const [count, summary, pools] = out.trim().split(" ")
    expect(pools).toBe("1")
    return read(streamRecords, { workers: 1 }).then((main) => {
      expect(Number(count)).toBe(main.results.length)
      expect(JSON.parse(summary as string)).toStrictEqual(main.summary)
    })
  }, 90_000)

  it("gives the same when the main thread reads some files of each batch itself", async () => {
    const alone = await read(streamRecords, { readAhead: false })
    for (const share of [1, 3, 7]) {
      shareOfMainThread(share)
      try {
        expect(await read(streamRecords, { readAhead: true }), `${share} a batch`).toStrictEqual(alone)
      } finally {
        shareOfMainThread(undefined)
      }
    }
  }, 60_000)

  it("reads here what the inflating worker was asked when it is lost mid-way, then starts another", async () => {
    const alone = await read(streamRecords, { readAhead: false })
    const stream = streamRecords(folder, { readAhead: true })
    const results: unknown[] = []
    for await (const result of stream) {
      results.push(result)
      if (results.length === 30) await loseInflatingWorker()
    }
    expect({ results, summary: stream.summary() }).toStrictEqual(alone)
    expect(await read(streamRecords, { readAhead: true })).toStrictEqual(alone)
  }, 60_000)

  it("reads a list of paths in the order given, as one read", async () => {
    const { files } = await listTrailFiles(folder)
    const last = files.at(-1) as string
    const each: unknown[] = []
    for (const path of [last, folder, join(root, "missing")])
      for await (const result of streamRecords(path)) each.push(result)
    const stream = streamRecords([last, folder, join(root, "missing")])
    const together: unknown[] = []
    for await (const result of stream) together.push(result)
    // The path that cannot be read is told at once; the files come after, in the order given.
    expect(together[0]).toMatchObject({ _tag: "failure", source: join(root, "missing") })
    expect(together.slice(1)).toStrictEqual(each.slice(0, -1))
    expect(stream.summary().failed).toBeGreaterThan(0)
  }, 60_000)
})
