import fc from "fast-check"
import { gzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import {
  decodeCloudWatchLogsEvent,
  decodeEventBridgeEvent,
  decodeJsonLines,
  decodeLakeQueryResults,
  decodeLogFile,
  decodeLookupEventsResponse,
  formatFailure,
  type Records,
  recordsFrom,
} from "../../src"
import { fixture } from "../helpers/fixtures"
import { locate } from "../helpers/json-path"

const readers: ReadonlyArray<readonly [string, (input: unknown) => Records]> = [
  ["recordsFrom", (input) => recordsFrom(input)],
  ["decodeLogFile", (input) => decodeLogFile(input)],
  ["decodeEventBridgeEvent", decodeEventBridgeEvent],
  ["decodeCloudWatchLogsEvent", (input) => decodeCloudWatchLogsEvent(input)],
  ["decodeLookupEventsResponse", decodeLookupEventsResponse],
  ["decodeLakeQueryResults", decodeLakeQueryResults],
  ["decodeJsonLines", (input) => decodeJsonLines(input)],
]

// The summary is checked against the results counted here, tag by tag (not against its own
// sum, which summarize() makes true whatever it counts).
const counted = (found: Records): void => {
  const count = (tag: string) => found.results.filter((result) => result._tag === tag).length
  expect(found.summary.decoded).toBe(count("record"))
  expect(found.summary.failed).toBe(count("failure"))
  expect(found.summary.skipped).toBe(found.results.length - count("record") - count("failure"))
  const skippedBy = Object.values(found.summary.skippedBy).reduce((sum, n) => sum + (n ?? 0), 0)
  expect(skippedBy).toBe(found.summary.skipped)
}

const seed = fixture("seed/CreateJob.json") as Record<string, unknown>
const text = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))

describe("container readers on hostile input", () => {
  it.each(readers)("%s gives results for any value, text or bytes, and never throws", (_, read) => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.jsonValue(),
          fc.string(),
          fc.uint8Array({ maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify({ Records: [v, seed] })),
          fc.jsonValue().map((v) => gzipSync(text({ Records: [seed, v] }))),
        ),
        (input) => counted(read(input)),
      ),
      { numRuns: 200 },
    )
  })

  it.each(readers.filter(([name]) => name === "recordsFrom" || name === "decodeLogFile"))(
    "%s: a hostile neighbour never sinks a good record",
    (_, read) => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.boolean(), fc.boolean(), (value, asText, gzipped) => {
          const log = { Records: [seed, value, seed] }
          const bytes = text(log)
          const input = gzipped ? gzipSync(bytes) : asText ? JSON.stringify(log) : log
          const found = read(input)
          counted(found)
          const paths = found.results.flatMap((result) => (result._tag === "record" ? [result.path] : []))
          expect(paths).toContain("$.Records[0]")
          expect(paths).toContain("$.Records[2]")
        }),
        { seed: 14, numRuns: 200 },
      )
    },
    120_000,
  )

  it("reads a log file that starts with a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...text({ Records: [seed] })])
    for (const input of [bytes, gzipSync(bytes), new TextDecoder().decode(bytes)]) {
      const found = recordsFrom(input)
      expect(found.summary.decoded).toBe(1)
    }
  })

  it("reports invalid UTF-8 inside a gzip member as a failure, not a crash", () => {
    const bad = new Uint8Array([
      ...text({ Records: [seed] }).slice(0, 40),
      0xff,
      0xfe,
      0xc3,
      ...text({ x: 1 }),
    ])
    const found = recordsFrom(gzipSync(bad))
    counted(found)
    expect(found.summary.decoded).toBe(0)
    expect(found.summary.failed).toBeGreaterThan(0)
  })

  it("reports JSON nested 100,000 levels deep as a failure, without a stack overflow", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`
    for (const input of [`{"Records":[${deep}]}`, deep, `{"eventVersion":"1.08","x":${deep}}`]) {
      const found = recordsFrom(input)
      counted(found)
    }
    const nested = recordsFrom(
      `{"Records":[{"eventVersion":"1.08","eventTime":"t","awsRegion":"r","deep":${deep}}]}`,
    )
    counted(nested)
  })

  it("decodes every good record of 10,000 with 10% corrupt, and reports each bad one at its path", () => {
    const records: unknown[] = []
    const bad = new Set<number>()
    for (let i = 0; i < 10_000; i++) {
      if (i % 10 === 3) {
        bad.add(i)
        records.push({ ...seed, eventTime: i, userIdentity: { type: 42 } })
      } else {
        records.push({ ...seed, eventID: `event-${i}` })
      }
    }
    const found = decodeLogFile(gzipSync(text({ Records: records })))
    expect(found.summary).toMatchObject({ decoded: 9_000, failed: 1_000, skipped: 0 })
    const input = { Records: records }
    for (const result of found.results) {
      if (result._tag !== "failure") continue
      const index = Number(/^\$\.Records\[(\d+)\]/.exec(result.path)?.[1])
      expect(bad.has(index)).toBe(true)
      for (const issue of result.failure.issues) {
        const where = locate(input, issue.path)
        expect(
          where === "present" || (where === "parent" && issue.found === "nothing"),
          formatFailure(result.failure),
        ).toBe(true)
      }
    }
    // Ten thousand records and a report for each bad one: seconds, more with both cores busy.
  }, 60_000)
})
