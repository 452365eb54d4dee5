import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Readable } from "node:stream"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { decodeJsonLines, decodeLookupEventsResponse, recordsFrom } from "../../../src"
import { streamRecords } from "../../../src/node"
import { fixture, fixturesDir } from "../../helpers/fixtures"

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const bytes = (name: string) => readFileSync(join(fixturesDir, "containers", name))

describe("recordsFrom", () => {
  it("recognises each container by its shape", () => {
    const cases: ReadonlyArray<[unknown, string]> = [
      [bytes("log-file.json.gz"), "s3-log-file"],
      [bytes("log-file.json").toString("utf8"), "s3-log-file"],
      [bytes("digest.json.gz"), "digest-file"],
      [fixture("containers/eventbridge-api-call.json"), "eventbridge"],
      [fixture("containers/cloudwatch-logs-event.json"), "cloudwatch-logs"],
      [fixture("containers/cloudwatch-logs-payload.json"), "cloudwatch-logs"],
      [fixture("containers/lookup-events.json"), "lookup-events"],
      [fixture("containers/lake-eventjson.json"), "lake-query-results"],
      [fixture("containers/sns-validation.json"), "sns"],
      [bytes("records.jsonl"), "json-lines"],
      [(fixture("containers/log-file.json") as { Records: unknown[] }).Records, "record-list"],
      [(fixture("containers/log-file.json") as { Records: unknown[] }).Records[0], "record"],
      ["CloudTrail validation message.", "validation-message"],
      ['{"Records":[]}', "s3-log-file"],
      ["[]", "record-list"],
    ]
    for (const [input, container] of cases) expect(recordsFrom(input).container, container).toBe(container)
  })

  it("labels S3 event notifications s3-notification and skips each, in memory and streaming alike", async () => {
    const notice = {
      eventSource: "aws:s3",
      eventName: "ObjectCreated:Put",
      s3: { object: { key: "AWSLogs/x.json.gz" } },
    }
    const text = JSON.stringify({ Records: [notice, notice] })
    const found = recordsFrom(text)
    expect(found.container).toBe("s3-notification")
    const expected = [
      ["skipped", "$.Records[0]"],
      ["skipped", "$.Records[1]"],
    ]
    expect(found.results.map((r) => [r._tag, r.path])).toStrictEqual(expected)
    const streamed: string[][] = []
    for await (const result of streamRecords(Readable.from([Buffer.from(text)])))
      streamed.push([result._tag, result.path])
    expect(streamed).toStrictEqual(expected)
  })

  it("tells a Records list by its first element with a selection too, whatever that element starts with", async () => {
    // A log file's first record is told from its text when it surely is one; these begin as
    // CloudTrail records do (eventVersion first) but are other lists' elements.
    const first = { eventVersion: "2.1", eventSource: "aws:s3", s3: { object: { key: "AWSLogs/x.json.gz" } } }
    const cases: ReadonlyArray<[unknown, string]> = [
      [first, "s3-notification"],
      [{ eventVersion: "1.0", Sns: { Message: "CloudTrail validation message." } }, "sns"],
      [{ eventVersion: "1.0", "detail-type": "AWS API Call via CloudTrail", detail: {} }, "eventbridge"],
      [{ eventVersion: "1.0", "detail~type": "AWS API Call via CloudTrail", detail: {} }, "eventbridge"],
      [
        { eventVersion: "1.09", eventSource: "s3.amazonaws.com", eventTime: "2024-04-04T17:45:26Z" },
        "s3-log-file",
      ],
    ]
    for (const [element, container] of cases) {
      // "detail~type" stands for the key written with an escape, as JSON allows: detail\u002dtype.
      const text = JSON.stringify({ Records: [element, element] }).replaceAll(
        '"detail~type"',
        '"detail\\u002dtype"',
      )
      for (const eventSources of [undefined, [MEDIACONVERT]]) {
        const found = recordsFrom(text, eventSources === undefined ? {} : { eventSources })
        expect(found.container, `${container} ${eventSources}`).toBe(container)
        const streamed = streamRecords(
          Readable.from([Buffer.from(text)]),
          eventSources === undefined ? {} : { eventSources },
        )
        const results: string[][] = []
        for await (const result of streamed) results.push([result._tag, result.path])
        expect(results, `${container} ${eventSources} streamed`).toStrictEqual(
          found.results.map((r) => [r._tag, r.path]),
        )
      }
    }
  })

  it("unwraps a line holding one LookupEvents item, as jq -c '.Events[]' gives it", () => {
    const response = fixture("containers/lookup-events.json") as { Events: unknown[] }
    const whole = decodeLookupEventsResponse(response).results
    const text = response.Events.map((event) => JSON.stringify(event)).join("\n")
    for (const found of [recordsFrom(text), decodeJsonLines(text)])
      expect(found.results.map((r) => [r._tag, r.path])).toStrictEqual(
        whole.map((r) => [r._tag, r.path.replace(/^\$\.Events\[(\d+)\]/, "$$[$1]")]),
      )
  })

  it("reports the SNS validation message for what it is", () => {
    expect(recordsFrom(fixture("containers/sns-validation.json")).results).toMatchObject([
      { _tag: "skipped", reason: "validation-message", path: "$.Records[0].Sns.Message" },
    ])
  })

  it("gives a failure with an excerpt for text that is not JSON", () => {
    const [result] = recordsFrom('{"Records": [ {"eventVersion": ').results
    expect(result?._tag).toBe("failure")
    expect(result?._tag === "failure" && result.failure.issues[0]?.expected).toBe("JSON text")
  })

  it("gives results, never a throw, for garbage", () => {
    const garbage: unknown[] = [
      undefined,
      null,
      0,
      Number.NaN,
      "",
      "   ",
      "{",
      "[1,2",
      [null, 1, "x"],
      {},
      { Records: null },
      { Records: "x" },
      { awslogs: null },
      { awslogs: { data: "!!!!" } },
      { "detail-type": 5 },
      { Events: {} },
      { QueryResultRows: [1, [2], [{}]] },
      new Uint8Array([0x1f, 0x8b]),
      new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff]),
      new Uint8Array([0xff, 0xfe, 0x00]),
      new ArrayBuffer(3),
      Symbol("x"),
      () => 1,
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("no")
          },
          getOwnPropertyDescriptor: () => {
            throw new Error("no")
          },
        },
      ),
    ]
    for (const input of garbage) {
      const found = recordsFrom(input)
      expect(found.results.length, String(input)).toBeGreaterThan(0)
      expect(found.summary.decoded).toBe(0)
    }
    expect(recordsFrom([]).results).toStrictEqual([])
  })

  it("never throws on any JSON value or any bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.uint8Array(), fc.string()), (input) => {
        const found = recordsFrom(input)
        expect(found.summary.decoded + found.summary.failed + found.summary.skipped).toBe(
          found.results.length,
        )
      }),
      { numRuns: 300 },
    )
  })
})
