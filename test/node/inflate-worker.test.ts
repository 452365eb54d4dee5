import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import type { RecordResult } from "../../src"
import { streamMediaConvertEvents, streamRecords } from "../../src/node"
import { inflateWorkerFrom } from "../../src/node/inflate-worker"
import { fixture, fixtureNames } from "../helpers/fixtures"

// Large gzipped files are inflated on a worker thread. Whatever the file (whole, cut short,
// corrupt, inflating past the cap), a read on the worker gives what a read on the main thread
// gives, and a reader that stops early leaves the worker ready for the next file.
const MEDIACONVERT = "mediaconvert.amazonaws.com"
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const services = [MEDIACONVERT, "s3.amazonaws.com", "ec2.amazonaws.com"]
const records = Array.from({ length: 9000 }, (_, i) => ({
  ...seeds[i % seeds.length],
  eventSource: services[i % services.length],
  eventID: `worker-${i}`,
}))
const text = `{"Records":[${records.map((record) => JSON.stringify(record)).join(",")}]}`
const gzipped = gzipSync(text)

const dir = mkdtempSync(join(tmpdir(), "mcc-worker-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const files = {
  whole: join(dir, "whole.json.gz"),
  short: join(dir, "short.json.gz"),
  corrupt: join(dir, "corrupt.json.gz"),
}
writeFileSync(files.whole, gzipped)
writeFileSync(files.short, gzipped.subarray(0, Math.floor(gzipped.length * 0.6)))
const corrupt = Buffer.from(gzipped)
const middle = Math.floor(corrupt.length / 2)
corrupt.fill(0x5a, middle, middle + 64)
writeFileSync(files.corrupt, corrupt)

const shape = (results: ReadonlyArray<RecordResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "record" ? (result.record as { eventID?: string }).eventID : undefined,
    result._tag === "failure" ? result.failure.issues[0]?.found : undefined,
  ])

const read = async (path: string, options: Parameters<typeof streamRecords>[1] = {}) => {
  // Streamed, as a file past smallFileBytes is: small files are read whole on the main thread.
  const stream = streamRecords(path, { smallFileBytes: 0, ...options })
  const results: RecordResult[] = []
  for await (const result of stream) results.push(result)
  return { results: shape(results), summary: stream.summary() }
}

/** The same read on the main thread (the worker never used) and on the worker (always used). */
const both = async (path: string, options: Parameters<typeof streamRecords>[1] = {}) => {
  inflateWorkerFrom(Number.POSITIVE_INFINITY)
  const main = await read(path, options)
  inflateWorkerFrom(0)
  const worker = await read(path, options)
  return { main, worker }
}

afterEach(() => inflateWorkerFrom(4 * 1024 * 1024))

describe("gzipped files inflated on a worker thread", () => {
  it("give what the main thread gives: whole, cut short, corrupt, past the cap, selected or not", async () => {
    expect(text.length).toBeGreaterThan(8 * 1024 * 1024)
    for (const [path, options] of [
      [files.whole, {}],
      [files.whole, { eventSources: [MEDIACONVERT] }],
      [files.short, { eventSources: [MEDIACONVERT] }],
      [files.short, {}],
      [files.corrupt, {}],
      [files.whole, { maxBytes: 3 * 1024 * 1024 }],
    ] as const) {
      const { main, worker } = await both(path, options)
      expect(worker, `${path} ${JSON.stringify(options)}`).toStrictEqual(main)
    }
    const { worker } = await both(files.whole, { eventSources: [MEDIACONVERT] })
    expect(worker.summary.decoded).toBe(3000)
    expect(worker.summary.passedOver).toBe(6000)
  }, 60_000)

  it("stops when the reader stops, and reads the next file", async () => {
    inflateWorkerFrom(0)
    for await (const result of streamMediaConvertEvents(files.whole, { smallFileBytes: 0 })) {
      expect(result._tag).toBe("record")
      break
    }
    const { summary } = await read(files.whole)
    expect(summary.decoded).toBe(9000)
    const missing = await read(join(dir, "missing.json.gz"))
    expect(missing.results).toHaveLength(1)
    expect(missing.results[0]?.[0]).toBe("failure")
  }, 60_000)

  it("lets the process end once the files are read", () => {
    // A worker that kept the process alive (after the files are read, or while a reader that
    // stopped asking holds one open) would make this child run until it is killed.
    const code = `
      const { streamRecords } = require("./src/node")
      const { inflateWorkerFrom } = require("./src/node/inflate-worker")
      inflateWorkerFrom(0)
      ;(async () => {
        let n = 0
        for await (const r of streamRecords(${JSON.stringify(files.whole)}, { smallFileBytes: 0 })) n++
        console.log(n)
        // A reader that takes one result and never asks again.
        const left = streamRecords(${JSON.stringify(files.whole)}, { smallFileBytes: 0 })[Symbol.asyncIterator]()
        await left.next()
      })()
    `
    const out = execFileSync(process.execPath, ["--import", "tsx", "-e", code], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
      timeout: 30_000,
    })
    expect(out.trim()).toBe("9000")
  }, 60_000)

  it("starts whatever the host's flags: under --input-type=module and under tsx", () => {
    // The worker's code is CommonJS run with eval: with the host's flags inherited, it would be
    // read as an ES module ("require is not defined in ES module scope") and the file would fail.
    const code = `
      import { streamRecords } from "./src/node/index.ts"
      import { inflateWorkerFrom } from "./src/node/inflate-worker.ts"
      inflateWorkerFrom(0)
      const stream = streamRecords(${JSON.stringify(files.whole)}, { smallFileBytes: 0 })
      let n = 0
      for await (const r of stream) if (r._tag === "record") n++
      console.log(n, stream.summary().failed)
    `
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: join(__dirname, "..", ".."),
      encoding: "utf8",
      timeout: 30_000,
    })
    expect(out.trim()).toBe("9000 0")
  }, 60_000)
})
