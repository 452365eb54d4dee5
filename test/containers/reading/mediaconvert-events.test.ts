import fc from "fast-check"
import { gzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import {
  decodeJsonLines,
  decodeMediaConvertEvent,
  type MediaConvertResult,
  mediaConvertEventsFrom,
  type RecordResult,
  recordsFrom,
} from "../../../src"
import { fixture, fixtureNames } from "../../helpers/fixtures"

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const createJob = fixture("seed/CreateJob.json") as Record<string, unknown>

/** A record of another service, built from a seed's envelope. */
const other = (service: string, i: number): Record<string, unknown> => ({
  eventVersion: "1.08",
  userIdentity: createJob.userIdentity,
  eventTime: "2024-04-04T17:45:26Z",
  eventSource: `${service}.amazonaws.com`,
  eventName: "DescribeThings",
  awsRegion: "us-west-2",
  requestParameters: { name: `thing-${i}` },
  responseElements: null,
  eventID: `other-${i}`,
  eventType: "AwsApiCall",
})

const withWidth = (width: unknown) => {
  const bad = structuredClone(createJob) as {
    requestParameters: {
      settings: { outputGroups: { outputs: { videoDescription: { width: unknown } }[] }[] }
    }
  }
  const output = bad.requestParameters.settings.outputGroups[0]?.outputs[0]
  if (output !== undefined) output.videoDescription.width = width
  return { ...bad, eventID: "bad-create-job" }
}

describe("mediaConvertEventsFrom", () => {
  const records = [other("s3", 0), seeds[0], other("ec2", 1), withWidth("1920"), other("s3", 2), seeds[1]]
  const text = JSON.stringify({ Records: records })

  it("gives MediaConvert events typed, failures with their full path and input, and counts the other services", () => {
    for (const input of [text, new TextEncoder().encode(text), gzipSync(new TextEncoder().encode(text))]) {
      const { container, results, summary } = mediaConvertEventsFrom(input)
      expect(container).toBe("s3-log-file")
      expect(results.map((result) => [result._tag, result.path])).toStrictEqual([
        ["record", "$.Records[1]"],
        ["failure", "$.Records[3]"],
        ["record", "$.Records[5]"],
      ])
      const failure = results[1]
      expect(failure?._tag === "failure" && failure.failure.issues.map((issue) => issue.path)).toContain(
        "$.Records[3].requestParameters.settings.outputGroups[0].outputs[0].videoDescription.width",
      )
      expect(failure?._tag === "failure" && failure.input).toStrictEqual(records[3])
      expect(summary).toMatchObject({
        decoded: 2,
        failed: 1,
        passedOver: 3,
        passedOverBy: { "s3.amazonaws.com": 2, "ec2.amazonaws.com": 1 },
      })
    }
  })

  it("narrows on eventName", () => {
    const [first] = mediaConvertEventsFrom({ Records: [createJob] }).results
    if (first?._tag === "record" && first.record.eventName === "CreateJob")
      expect(first.record.requestParameters?.role).toBeTypeOf("string")
    else expect.fail("a CreateJob event")
  })

  it("keeps the container path of an EventBridge detail", () => {
    const event = {
      "detail-type": "AWS API Call via CloudTrail",
      source: "aws.mediaconvert",
      detail: withWidth("1920"),
    }
    const [result] = mediaConvertEventsFrom(event).results
    expect(result?._tag === "failure" && result.failure.issues[0]?.path).toMatch(
      /^\$\.detail\.requestParameters/,
    )
  })
})

// Text variants that make a record's source hard to see without parsing.
type Variant = "plain" | "escaped-value" | "escaped-key" | "spaced" | "nested-needle" | "needle-in-value"
const written = (record: Record<string, unknown>, variant: Variant): string => {
  const source = record.eventSource as string
  const plain = JSON.stringify(record)
  switch (variant) {
    case "plain":
      return plain
    case "escaped-value":
      return plain.replace(`"eventSource":"${source}"`, `"eventSource":"${source.replace(".", "\\u002e")}"`)
    case "escaped-key":
      return plain.replace('"eventSource":', '"event\\u0053ource":')
    case "spaced":
      return plain.replace('"eventSource":', '"eventSource" : ')
    case "nested-needle":
      return plain.replace("{", `{"requestParameters":{"eventSource":"${MEDIACONVERT}"},`)
    case "needle-in-value":
      return plain.replace("{", `{"userAgent":"${MEDIACONVERT}",`)
  }
}

const keyOrder = (record: Record<string, unknown>, order: number): Record<string, unknown> => {
  const entries = Object.entries(record)
  const at = entries.findIndex(([key]) => key === "eventSource")
  const [source] = entries.splice(at, 1)
  if (source !== undefined) entries.splice(order % (entries.length + 1), 0, source)
  return Object.fromEntries(entries)
}

const same = (results: ReadonlyArray<RecordResult | MediaConvertResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "record" ? JSON.stringify(result.record) : undefined,
  ])

describe("selection before parsing", () => {
  it("never drops a matching record: the results are those of parse-then-filter", () => {
    const services = [MEDIACONVERT, "s3.amazonaws.com", "ec2.amazonaws.com", "mediaconvert.amazonaws.co"]
    const record = fc
      .record({
        seed: fc.integer({ min: 0, max: seeds.length - 1 }),
        service: fc.constantFrom(...services),
        order: fc.nat(20),
        variant: fc.constantFrom<Variant>(
          "plain",
          "escaped-value",
          "escaped-key",
          "spaced",
          "nested-needle",
          "needle-in-value",
        ),
        id: fc.nat(),
      })
      .map(({ seed, service, order, variant, id }) =>
        written(keyOrder({ ...seeds[seed], eventSource: service, eventID: `e-${id}` }, order), variant),
      )
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 12 }), fc.boolean(), (texts, lines) => {
        const text = lines ? texts.join("\n") : `{"Records":[${texts.join(",")}]}`
        const parsed = lines ? texts.map((line) => JSON.parse(line)) : JSON.parse(text)
        const options = { eventSources: [MEDIACONVERT] }
        // Parsed input is filtered after parsing: the reference.
        const reference = recordsFrom(parsed, options)
        const selected = lines ? decodeJsonLines(text, options) : recordsFrom(text, options)
        expect(same(selected.results)).toStrictEqual(same(reference.results))
        expect(selected.summary).toStrictEqual(reference.summary)
        // And the one-step reader gives exactly the MediaConvert records, decoded.
        const values: unknown[] = lines ? parsed : parsed.Records
        const wanted = values.filter(
          (value) => (value as { eventSource?: unknown }).eventSource === MEDIACONVERT,
        )
        const events = mediaConvertEventsFrom(text).results
        expect(events).toHaveLength(wanted.length)
        events.forEach((event, i) => {
          const expected = decodeMediaConvertEvent(wanted[i])
          expect(event._tag).toBe(expected._tag === "Right" ? "record" : "failure")
          if (event._tag === "record") expect(event.record).toStrictEqual(wanted[i])
        })
      }),
      { seed: 1313, numRuns: 150 },
    )
    // Hundreds of trails read three ways: seconds alone, more with both cores busy.
  }, 120_000)
})
