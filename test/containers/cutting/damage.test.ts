import fc from "fast-check"
import { gzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { type MediaConvertResult, mediaConvertEventsFrom, type RecordResult, recordsFrom } from "../../../src"
import { streamMediaConvertEvents, streamRecords } from "../../../src/node"
import { fixture, fixtureNames } from "../../helpers/fixtures"
import { chunked } from "../../helpers/json-text"
import { eachScannerMode } from "../../helpers/scanner-modes"

// A log file of records built from the seed fixtures, each with its own eventID.
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const records = Array.from({ length: 6 }, (_, i) => ({ ...seeds[i % seeds.length], eventID: `event-${i}` }))

interface Span {
  readonly start: number
  readonly end: number
}

/**
 * The log file of these records: its text, its bytes, and where each record's text starts and
 * ends in them (all ASCII, so bytes and characters agree).
 */
const logFile = (list: ReadonlyArray<unknown>) => {
  const text = JSON.stringify({ Records: list })
  const spans: Span[] = list.map((record) => {
    const start = text.indexOf(JSON.stringify(record))
    return { start, end: start + JSON.stringify(record).length }
  })
  return { text, bytes: new TextEncoder().encode(text), spans }
}

const { text, bytes, spans } = logFile(records)

/** The bytes with one byte deleted, inserted or replaced inside `span`, at `where` (0 to 1) of it. */
const broken = (
  input: Uint8Array,
  span: Span,
  where: number,
  operation: "delete" | "insert" | "replace",
  byte: number,
): Uint8Array => {
  const at = span.start + Math.min(span.end - span.start - 1, Math.floor(where * (span.end - span.start)))
  return new Uint8Array([
    ...input.slice(0, at),
    ...(operation === "delete" ? [] : [byte]),
    ...input.slice(operation === "insert" ? at : at + 1),
  ])
}

/** Streams the bytes in chunks of `size` (one chunk by default). */
const streamed = async (input: Uint8Array, size = input.length): Promise<RecordResult[]> => {
  const out: RecordResult[] = []
  for await (const result of streamRecords(chunked(input, size))) out.push(result)
  return out
}

const shape = (results: ReadonlyArray<RecordResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "record" ? (result.record as { eventID?: string }).eventID : undefined,
  ])

/** Checks that every record but the damaged one came back as it was, and nothing was invented. */
const everyOtherRecord = (results: ReadonlyArray<RecordResult>, damaged: number): void => {
  const found = results.flatMap((result) => (result._tag === "record" ? [result] : []))
  for (let i = 0; i < records.length; i++) {
    if (i === damaged) continue
    const same = found.filter((result) => JSON.stringify(result.record) === JSON.stringify(records[i]))
    expect(same, `record ${i}`).toHaveLength(1)
    expect(same[0]?.path).toBe(`$.Records[${i}]`)
  }
  const invented = found.filter(
    (result) => !records.some((record) => JSON.stringify(record) === JSON.stringify(result.record)),
  )
  expect(invented.length).toBeLessThanOrEqual(1)
  expect(found.length).toBeLessThanOrEqual(records.length)
}

eachScannerMode(() => {
  describe("a log file with one damaged record", () => {
    // A stray byte inside record 3 of 6: a control character where JSON allows none.
    const at = (spans[2]?.start ?? 0) + 100
    const corrupt = new Uint8Array([...bytes.slice(0, at), 0x01, ...bytes.slice(at)])

    it("gives the same good records and the same one failure through recordsFrom (text, bytes, gzip) and streamRecords", async () => {
      const expected = [
        ["record", "$.Records[0]", "event-0"],
        ["record", "$.Records[1]", "event-1"],
        ["failure", "$.Records[2]", undefined],
        ["record", "$.Records[3]", "event-3"],
        ["record", "$.Records[4]", "event-4"],
        ["record", "$.Records[5]", "event-5"],
      ]
      for (const input of [new TextDecoder().decode(corrupt), corrupt, gzipSync(corrupt)])
        expect(shape(recordsFrom(input).results)).toStrictEqual(expected)
      expect(shape(await streamed(corrupt))).toStrictEqual(expected)
      expect(shape(await streamed(gzipSync(corrupt)))).toStrictEqual(expected)
    })

    it("keeps the text of the broken record on its failure", () => {
      const failure = recordsFrom(corrupt).results.find((result) => result._tag === "failure")
      expect(failure?._tag === "failure" && failure.text).toContain('"eventID":"event-2"')
    })

    it("loses only that record when a quote or brace is lost", () => {
      for (const lost of ['"', "}", "{", ":", ","]) {
        const span = spans[2] as Span
        const where = text.lastIndexOf(lost, span.end - 1)
        const broken = text.slice(0, where) + text.slice(where + 1)
        everyOtherRecord(recordsFrom(broken).results, 2)
      }
    })

    it("gives every other record back, whatever one byte inside a record is deleted, inserted or replaced", async () => {
      const noise = [0x22, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x5c, 0x01, 0xff, 0x61, 0x20, 0x0a]
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: records.length - 1 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.constantFrom("delete", "insert", "replace"),
          fc.constantFrom(...noise),
          fc.integer({ min: 1, max: 4096 }),
          async (k, where, operation, byte, chunk) => {
            const damaged = broken(bytes, spans[k] as Span, where, operation, byte)
            const inMemory = recordsFrom(damaged).results
            everyOtherRecord(inMemory, k)
            // However the stream is chunked (a record start may be cut in two), it cuts the same.
            expect(shape(await streamed(damaged, chunk))).toStrictEqual(shape(inMemory))
          },
        ),
        { seed: 1313, numRuns: 300 },
      )

      // Hundreds of files read twice: seconds alone, more with both cores busy.
    }, 120_000)

    it("reads JSON Lines text of events on: a line whose quote was lost is one failure, the next lines come back", () => {
      const events = records.map((record, i) => ({
        version: "0",
        id: `id-${i}`,
        "detail-type": "AWS API Call via CloudTrail",
        source: "aws.mediaconvert",
        detail: record,
      }))
      const lines = events.map((event) => JSON.stringify(event))
      lines[1] = (lines[1] ?? "").replace('"detail-type"', '"detail-type')
      const results = recordsFrom(lines.join("\n")).results
      expect(results.map((result) => [result._tag, result.path])).toStrictEqual([
        ["record", "$[0].detail"],
        ["failure", "$[1]"],
        ...lines.slice(2).map((_, i) => ["record", `$[${i + 2}].detail`]),
      ])
    })
  })

  describe("a log file with one damaged record, read for MediaConvert's", () => {
    // Records of several services in the fast lane's layout; one byte of one record is broken.
    const services = ["mediaconvert.amazonaws.com", "s3.amazonaws.com", "ec2.amazonaws.com"]
    const mixed = Array.from({ length: 12 }, (_, i) => ({
      ...seeds[i % seeds.length],
      eventSource: services[i % services.length],
      eventID: `mixed-${i}`,
    }))
    const { bytes: mixedBytes, spans: mixedSpans } = logFile(mixed)

    it("gives every other MediaConvert record back, invents none, and reads the same in memory and streamed", async () => {
      const noise = [0x22, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x5c, 0x01, 0x61, 0x20, 0x0a]
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: mixed.length - 1 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          fc.constantFrom("delete", "insert", "replace"),
          fc.constantFrom(...noise),
          fc.integer({ min: 1, max: 4096 }),
          async (k, where, operation, byte, chunk) => {
            const damaged = broken(mixedBytes, mixedSpans[k] as Span, where, operation, byte)
            const { results } = mediaConvertEventsFrom(damaged)
            const events = results.flatMap((result) => (result._tag === "record" ? [result] : []))
            const key = (record: unknown) => JSON.stringify(record)
            mixed.forEach((record, i) => {
              if (i === k || record.eventSource !== services[0]) return
              const same = events.filter((event) => key(event.record) === key(record))
              expect(same, `record ${i}`).toHaveLength(1)
              expect(same[0]?.path).toBe(`$.Records[${i}]`)
            })
            const invented = events.filter(
              (event) => !mixed.some((record) => key(record) === key(event.record)),
            )
            expect(invented.length).toBeLessThanOrEqual(1)
            // A broken record comes back whole beside its error: its text, or what it parsed to.
            for (const result of results)
              if (result._tag === "failure") expect(result.text ?? result.input, result.path).toBeDefined()
            const streamed: MediaConvertResult[] = []
            for await (const result of streamMediaConvertEvents(chunked(damaged, chunk)))
              streamed.push(result)
            const shape = (list: ReadonlyArray<MediaConvertResult>) =>
              list.map((result) => [
                result._tag,
                result.path,
                result._tag === "record"
                  ? key(result.record)
                  : result._tag === "failure"
                    ? result.text
                    : undefined,
              ])
            expect(shape(streamed)).toStrictEqual(shape(results))
          },
        ),
        { seed: 1313, numRuns: 300 },
      )
      // Hundreds of files read twice: seconds alone, more with both cores busy.
    }, 120_000)
  })
})
