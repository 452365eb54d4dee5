import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { afterAll, describe, expect, it } from "vitest"
import { type MediaConvertResult, mediaConvertEventsFrom, type RecordResult, recordsFrom } from "../../src"
import { streamMediaConvertEvents, streamRecords } from "../../src/node"
import { fixture, fixtureNames } from "../helpers/fixtures"
import { eachScannerMode } from "../helpers/scanner-modes"

// Log files of several megabytes on disk: read a megabyte at a time into buffers used in turn,
// the records of a selection cut from the bytes (a record, and a character, cut by each read's
// end), the rest decoded. Every reader must give what the in-memory readers give on the same
// bytes: the same results at the same paths, the same counts.
const MEDIACONVERT = "mediaconvert.amazonaws.com"
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const services = [
  MEDIACONVERT,
  "s3.amazonaws.com",
  "ec2.amazonaws.com",
  "kms.amazonaws.com",
  "iam.amazonaws.com",
]

const records = Array.from({ length: 5200 }, (_, i) => ({
  ...seeds[i % seeds.length],
  eventSource: services[(i * 7) % services.length],
  eventID: `large-${i}`,
  // Multi-byte characters in some records, so that reads end inside characters too.
  ...(i % 3 === 0 ? { userAgent: `agent é€😀 ${"ü".repeat(i % 50)}` } : {}),
}))
const text = `{"Records":[${records.map((record, i) => `${i % 11 === 0 ? "\n  " : ""}${JSON.stringify(record)}`).join(",")}]}\n`
const bytes = Buffer.from(text)
// Broken bytes: one not UTF-8 inside a string of a record of another service, one inside a MediaConvert record's.
const broken = Buffer.from(bytes)
const at = (id: string, offset: number) => broken.indexOf(`"eventID":"${id}"`) + offset
broken[at("large-1301", 3)] = 0xff
broken[at("large-2600", 3)] = 0xc3

const dir = mkdtempSync(join(tmpdir(), "mcc-large-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const files = {
  plain: join(dir, "trail.json"),
  gzip: join(dir, "trail.json.gz"),
  broken: join(dir, "broken.json"),
}
writeFileSync(files.plain, bytes)
writeFileSync(files.gzip, gzipSync(bytes))
writeFileSync(files.broken, broken)

const shape = (results: ReadonlyArray<RecordResult | MediaConvertResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "record" ? JSON.stringify(result.record) : undefined,
  ])

const all = async <R>(results: AsyncIterable<R>): Promise<R[]> => {
  const found: R[] = []
  for await (const result of results) found.push(result)
  return found
}

eachScannerMode(() => {
  describe("log files of several megabytes, streamed from disk", () => {
    it("give what the in-memory readers give, selected or not, plain or gzip", async () => {
      expect(bytes.length).toBeGreaterThan(3 * 1024 * 1024)
      const options = { eventSources: [MEDIACONVERT, "kms.amazonaws.com"] }
      const whole = recordsFrom(text)
      const selected = recordsFrom(text, options)
      const events = mediaConvertEventsFrom(text)
      expect(events.summary.decoded).toBe(records.filter((r) => r.eventSource === MEDIACONVERT).length)
      for (const file of [files.plain, files.gzip]) {
        expect(shape(await all(streamRecords(file)))).toStrictEqual(shape(whole.results))
        const stream = streamRecords(file, options)
        expect(shape(await all(stream))).toStrictEqual(shape(selected.results))
        expect(stream.summary()).toStrictEqual(selected.summary)
        const eventStream = streamMediaConvertEvents(file)
        expect(shape(await all(eventStream))).toStrictEqual(shape(events.results))
        expect(eventStream.summary()).toStrictEqual(events.summary)
      }
    }, 60_000)

    it("read bytes that are not UTF-8 as the in-memory readers do", async () => {
      const events = mediaConvertEventsFrom(broken)
      const eventStream = streamMediaConvertEvents(files.broken)
      expect(shape(await all(eventStream))).toStrictEqual(shape(events.results))
      expect(eventStream.summary()).toStrictEqual(events.summary)
      const options = { eventSources: ["s3.amazonaws.com"] }
      const stream = streamRecords(files.broken, options)
      expect(shape(await all(stream))).toStrictEqual(shape(recordsFrom(broken, options).results))
      // The records with the broken bytes come back, a replacement character where each was.
      const replaced = events.results.filter(
        (result) => result._tag === "record" && JSON.stringify(result.record).includes("\uFFFD"),
      )
      expect(replaced).toHaveLength(1)
    }, 60_000)
  })
})
