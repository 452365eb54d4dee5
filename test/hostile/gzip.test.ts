import { writeFileSync } from "node:fs"
import { mkdtemp } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { decodeJsonLines, decodeLogFile, type RecordResult, recordsFrom } from "../../src"
import { inflateGzip } from "../../src/containers/input/gzip"
import { streamRecords } from "../../src/node"
import { inflateWorkerFrom } from "../../src/node/inflate-worker"
import { fixture } from "../helpers/fixtures"
import { chunked } from "../helpers/json-text"

// Gzip is checked alike on every path: in memory (fflate, framed by inflateGzip), streamed on
// the main thread (zlib, framed by inflated) and from a file on the worker thread. Each damage
// gives the records read before it, then a failure or a notice, the same on all three.

const seed = fixture("seed/CreateJob.json") as Record<string, unknown>
const text = JSON.stringify({
  Records: [seed, { ...seed, userAgent: "second" }, { ...seed, userAgent: "third" }],
})
/** Stored blocks (level 0): a flipped byte there changes a value and still inflates. */
const stored = gzipSync(text, { level: 0 })
const compressed = gzipSync(text)

const damaged = (bytes: Buffer, at: number): Buffer => {
  const copy = Buffer.from(bytes)
  copy[at] = (copy[at] as number) ^ 0x01
  return copy
}

const line = (result: RecordResult): string =>
  result._tag === "failure"
    ? `failure: ${result.failure.issues[0]?.found}`
    : result._tag === "skipped"
      ? `skipped ${result.reason}: ${result.detail}`
      : `${result._tag} ${result.path}`

let dir = ""
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mcc-gzip-"))
})
afterAll(() => inflateWorkerFrom(4 * 1024 * 1024))

/** The results of every path: memory, a stream in small chunks, a file on the worker. */
const everyPath = async (bytes: Uint8Array): Promise<Record<string, string[]>> => {
  const memory = recordsFrom(bytes).results.map(line)
  const streamed: string[] = []
  for await (const result of streamRecords(chunked(bytes, 97))) streamed.push(line(result))
  const file = join(dir, `${Math.random()}.json.gz`)
  writeFileSync(file, bytes)
  inflateWorkerFrom(0)
  const worker: string[] = []
  for await (const result of streamRecords(file)) worker.push(line(result))
  inflateWorkerFrom(Number.POSITIVE_INFINITY)
  return { memory, streamed, worker }
}

const alike = (paths: Record<string, string[]>): string[] => {
  expect(paths.streamed).toEqual(paths.memory)
  expect(paths.worker).toEqual(paths.memory)
  return paths.memory as string[]
}

describe("gzip on every path", () => {
  it("reports a flipped byte in stored data (the CRC-32), after the records read", async () => {
    const flipped = damaged(stored, stored.indexOf("second") + 2)
    const results = alike(await everyPath(flipped))
    expect(results.at(-1)).toMatch(/^failure: CRC-32 [0-9a-f]{8} where the trailer says [0-9a-f]{8}/)
    expect(results.filter((each) => each.startsWith("record"))).toHaveLength(2)
  })

  it("reports a trailer whose CRC-32 or length is wrong", async () => {
    const crc = alike(await everyPath(damaged(compressed, compressed.length - 7)))
    expect(crc.at(-1)).toMatch(/^failure: CRC-32/)
    const length = alike(await everyPath(damaged(compressed, compressed.length - 3)))
    expect(length.at(-1)).toMatch(/^failure: \d+ inflated bytes .* where the trailer says/)
  })

  it("keeps every record when garbage or zero padding follows, and says so", async () => {
    const garbage = alike(await everyPath(Buffer.concat([compressed, Buffer.from("not gzip at all")])))
    expect(garbage).toEqual([
      "record $.Records[0]",
      "record $.Records[1]",
      "record $.Records[2]",
      "skipped trailing-data: 15 bytes after the gzip data that are not gzip, ignored as gzip ignores trailing garbage",
    ])
    const zeros = alike(await everyPath(Buffer.concat([compressed, Buffer.alloc(4096)])))
    expect(zeros.at(-1)).toBe(
      "skipped trailing-data: 4.0 KiB of zero padding after the gzip data, ignored as gzip ignores it",
    )
    expect(zeros.filter((each) => each.startsWith("record"))).toHaveLength(3)
  })

  it("reads members one after another, and a cut trailer or header as ending early", async () => {
    const two = alike(await everyPath(Buffer.concat([compressed, compressed])))
    expect(two.filter((each) => each.startsWith("record"))).toHaveLength(6)
    const cut = alike(await everyPath(compressed.subarray(0, compressed.length - 3)))
    expect(cut.at(-1)).toBe("failure: gzip data that ends early (in a gzip trailer)")
    const header = alike(await everyPath(Buffer.concat([compressed, Buffer.from([0x1f, 0x8b, 8, 0])])))
    expect(header.at(-1)).toBe("failure: gzip data that ends early (in a gzip header)")
  })

  it("gives the notice in the other in-memory readers too", () => {
    const bytes = Buffer.concat([compressed, Buffer.from("xyz")])
    expect(decodeLogFile(bytes).results.map(line).at(-1)).toMatch(/^skipped trailing-data: 3 bytes/)
    const lines = gzipSync(`${JSON.stringify(seed)}\n`)
    expect(decodeJsonLines(Buffer.concat([lines, Buffer.alloc(8)])).results.map(line)).toEqual([
      "record $[0]",
      "skipped trailing-data: 8 bytes of zero padding after the gzip data, ignored as gzip ignores it",
    ])
  })
})

describe("inflateGzip", () => {
  it("allocates the output once from the trailer's length, and gives exactly the inflated bytes", () => {
    const inflated = inflateGzip(compressed, 1024 ** 3)
    expect(inflated.problem).toBeUndefined()
    expect(Buffer.from(inflated.bytes).toString()).toBe(text)
    expect(inflated.bytes.buffer.byteLength).toBe(Math.max(text.length, 64 * 1024))
  })

  it("stops at the cap, with the cap in the problem", () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20))
    const inflated = inflateGzip(bomb, 1024 * 1024)
    expect(inflated.bytes.length).toBe(1024 * 1024)
    expect(inflated.problem?.found).toBe("more than 1.0 MiB")
  })
})
