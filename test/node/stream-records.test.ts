import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Readable } from "node:stream"
import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { type SourcedResult, streamRecords } from "../../src/node"
import { fixture, fixturesDir } from "../helpers/fixtures"

const dir = join(fixturesDir, "containers")
const seed = fixture("seed/CreateJob.json") as Record<string, unknown>
const all = async (source: Parameters<typeof streamRecords>[0], options = {}): Promise<SourcedResult[]> => {
  const out: SourcedResult[] = []
  for await (const result of streamRecords(source, options)) out.push(result)
  return out
}
const tags = (results: ReadonlyArray<SourcedResult>) => results.map((r) => [r._tag, r.path])

describe("streamRecords", () => {
  it("streams a gzipped log file record by record, each with its source and path", async () => {
    const results = await all(join(dir, "log-file.json.gz"))
    expect(tags(results)).toStrictEqual([
      ["record", "$.Records[0]"],
      ["record", "$.Records[1]"],
      ["record", "$.Records[2]"],
    ])
    expect(results[0]?.source).toBe(join(dir, "log-file.json.gz"))
  })

  it("goes on past records that do not decode and records whose JSON is broken", async () => {
    expect(tags(await all(join(dir, "corrupt-middle.json.gz")))).toStrictEqual([
      ["record", "$.Records[0]"],
      ["failure", "$.Records[1]"],
      ["failure", "$.Records[2]"],
      ["record", "$.Records[3]"],
    ])
    expect(tags(await all(join(dir, "broken-json-middle.json.gz")))).toStrictEqual([
      ["record", "$.Records[0]"],
      ["failure", "$.Records[1]"],
      ["record", "$.Records[2]"],
    ])
  })

  it("gives the records before the break of a truncated gzip file, then a failure where it broke", async () => {
    const results = await all(join(dir, "truncated.json.gz"))
    const last = results.at(-1)
    expect(results.filter((r) => r._tag === "record").length).toBeGreaterThan(100)
    expect(last?._tag === "failure" && last.failure.issues[0]?.found).toMatch(/ends early/)
    expect(last?.path).toMatch(/^\$\.Records\[\d+\]$/)
  })

  it("gives the records before the break of a truncated gzip file to a slow reader too", async () => {
    // A file of several megabytes inflated, cut short: zlib inflates its pieces and meets the
    // cut while the reader still works on the first records. What it inflated before the error
    // must still come, then the failure. (Read from the stream after the error, pieces were
    // dropped: under Deno's node:zlib, with both cores busy, the runtime test once got none.)
    const records = Array.from({ length: 4000 }, (_, i) => ({ ...seed, eventID: `slow-${i}` }))
    const whole = gzipSync(JSON.stringify({ Records: records }))
    const folder = mkdtempSync(join(tmpdir(), "mcc-slow-"))
    const file = join(folder, "cut.json.gz")
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length * 0.7)))
    try {
      const slow: SourcedResult[] = []
      for await (const result of streamRecords(file)) {
        if (slow.length === 0) await new Promise((resolve) => setTimeout(resolve, 300))
        slow.push(result)
      }
      const fast = await all(file)
      expect(tags(slow)).toStrictEqual(tags(fast))
      expect(slow.at(-1)).toStrictEqual(fast.at(-1))
      expect(slow.filter((r) => r._tag === "record").length).toBeGreaterThan(2000)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it("stops a gzip bomb at maxBytes", async () => {
    const results = await all(join(dir, "bomb.json.gz"), { maxBytes: 1024 * 1024 })
    expect(results).toHaveLength(1)
    expect(results[0]?._tag === "failure" && results[0].failure.issues[0]?.expected).toMatch(
      /at most 1\.0 MiB/,
    )
  })

  it("reads JSON Lines a line at a time, gzipped or not", async () => {
    for (const name of ["records.jsonl", "records.jsonl.gz"])
      expect(tags(await all(join(dir, name))), name).toStrictEqual([
        ["record", "$[0]"],
        ["record", "$[1]"],
        ["failure", "$[2]"],
        ["record", "$[4]"],
      ])
  })

  it("reads other containers in a file through the core: digest, EventBridge, Lake", async () => {
    expect(await all(join(dir, "digest.json.gz"))).toMatchObject([{ _tag: "skipped", reason: "digest-file" }])
    // The event's own source is kept beside the file the streaming reader names.
    const file = join(dir, "eventbridge-job-state-change.json")
    expect(await all(file)).toMatchObject([
      { _tag: "event", eventBridgeSource: "aws.mediaconvert", source: file },
    ])
    expect(await all(join(dir, "lake-columns.json"))).toMatchObject([{ _tag: "columns" }])
  })

  it("reads an organization trail folder, reporting the digest folder and the corrupt file", async () => {
    const results = await all(join(dir, "trail"))
    expect(results[0]).toMatchObject({ _tag: "skipped", reason: "digest-file" })
    expect(results[0]?.source).toMatch(/CloudTrail-Digest$/)
    expect(results.filter((r) => r._tag === "record")).toHaveLength(3)
    const failures = results.filter((r) => r._tag === "failure")
    expect(failures).toHaveLength(1)
    expect(failures[0]?.source).toMatch(/BcDeFgHiJkLmNoPq\.json\.gz$/)
  })

  it("reads a Node Readable and a stream cut at awkward places", async () => {
    expect(await all(createReadStream(join(dir, "log-file.json.gz")))).toHaveLength(3)
    const bytes = readFileSync(join(dir, "log-file.json.gz"))
    const oneByteAtATime = Readable.from(
      (function* () {
        for (const byte of bytes) yield Buffer.from([byte])
      })(),
    )
    const results = await all(oneByteAtATime, { name: "bytes" })
    expect(results.map((r) => [r._tag, r.source])).toStrictEqual([
      ["record", "bytes"],
      ["record", "bytes"],
      ["record", "bytes"],
    ])
  })

  it("keeps characters split across chunks whole", async () => {
    const text = Buffer.from(
      '{"Records":[{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListJobs","userIdentity":{"type":"IAMUser","userName":"j\u00fcrgen \u2603"}}]}',
    )
    const chunks = Readable.from(
      (function* () {
        for (let i = 0; i < text.length; i += 3) yield text.subarray(i, i + 3)
      })(),
    )
    const [result] = await all(chunks)
    expect(result?._tag === "record" && JSON.stringify(result.record)).toContain("j\u00fcrgen \u2603")
  })

  it("gives a failure, not a rejection, for a path that does not exist and for a stream that errors", async () => {
    expect(await all(join(dir, "missing.json.gz"))).toMatchObject([{ _tag: "failure", path: "$" }])
    const broken = new Readable({
      read() {
        this.destroy(new Error("disk on fire"))
      },
    })
    const results = await all(broken)
    expect(results).toHaveLength(1)
    expect(results[0]?._tag === "failure" && results[0].failure.issues[0]?.found).toMatch(/disk on fire/)
  })
})
