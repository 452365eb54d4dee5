import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type MediaConvertResult, mediaConvertEventsFrom, type RecordResult, recordsFrom } from "../../../src"
import { streamMediaConvertEvents, streamRecords } from "../../../src/node"
import { corpusDir, corpusPresent, corpusRecords } from "../../helpers/corpus"
import { fixture, fixtureNames } from "../../helpers/fixtures"
import { chunked, type Layout, writeJson } from "../../helpers/json-text"
import { describeUnless } from "../../helpers/prerequisites"
import { eachScannerMode } from "../../helpers/scanner-modes"

// The selection's fast lane cuts a log file's records at each `{"eventVersion":` and tells the
// services it passes over from their text. Whatever the records hold (records nested in them,
// Insights, brackets and quotes in strings, keys in any order, any white space), the results
// and the counts must be those of parsing the whole file and filtering it, in memory and
// streamed in chunks of any size.

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const seeds = fixtureNames("seed").map((name) => fixture(`seed/${name}`) as Record<string, unknown>)
const services = [MEDIACONVERT, "s3.amazonaws.com", "ec2.amazonaws.com", "mediaconvert.amazonaws.co"]

type Shape =
  | "plain"
  | "no-version"
  | "version-last"
  | "insight"
  | "nested-in-list"
  | "nested-first-in-list"
  | "nested-value"
  | "brackets-in-strings"
  | "escaped-key"
  | "key-twice-nested"
  | "unicode"
  | "escaped-source"
  | "empty"

/** A record of `service` shaped as `shape`. */
const shaped = (base: Record<string, unknown>, service: string, shape: Shape, id: number): unknown => {
  const record: Record<string, unknown> = { ...base, eventSource: service, eventID: `e-${id}` }
  const inner = {
    eventVersion: "1.08",
    eventTime: "2024-04-04T00:00:00Z",
    eventSource: MEDIACONVERT,
    eventID: `n-${id}`,
  }
  switch (shape) {
    case "plain":
      return record
    case "no-version": {
      const { eventVersion: _, ...rest } = record
      return rest
    }
    case "version-last": {
      const { eventVersion, ...rest } = record
      return { ...rest, eventVersion }
    }
    case "insight": {
      const { eventSource, ...rest } = record
      return { ...rest, eventType: "AwsCloudTrailInsight", insightDetails: { state: "Start", eventSource } }
    }
    case "nested-in-list":
      return { ...record, requestParameters: { records: [1, inner, inner] } }
    case "nested-first-in-list":
      return { ...record, requestParameters: { records: [inner, { a: [inner] }] } }
    case "nested-value":
      return { ...record, requestParameters: { event: inner } }
    case "brackets-in-strings":
      return {
        ...record,
        userAgent: '],[{"eventVersion":"1.08"}, ]}{ "x" : [ , {',
        errorMessage: 'reasons [ConditionalCheckFailed, None] }, {"eventSource":"x"} \\u0022',
      }
    case "escaped-key":
      return record
    case "key-twice-nested":
      return { ...record, additionalEventData: { eventSource: MEDIACONVERT } }
    case "unicode":
      // Two-, three- and four-byte characters, which chunks of bytes cut anywhere.
      return { ...record, userAgent: "é€😀 Ünïcødé ".repeat(1 + (id % 40)), requestParameters: { clé: "😀" } }
    case "escaped-source":
      // An escape in the value: its text is not its value.
      return { ...record, eventSource: `${service}\t` }
    case "empty":
      return {}
  }
}

const element = fc
  .record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    service: fc.constantFrom(...services),
    shape: fc.constantFrom<Shape>(
      "plain",
      "plain",
      "plain",
      "no-version",
      "version-last",
      "insight",
      "nested-in-list",
      "nested-first-in-list",
      "nested-value",
      "brackets-in-strings",
      "escaped-key",
      "key-twice-nested",
      "unicode",
      "escaped-source",
      "empty",
    ),
    style: fc.constantFrom<Layout>("compact", "compact", "compact", "pretty", "python"),
    id: fc.nat(),
  })
  .map(({ seed, service, shape, style, id }) => {
    const text = writeJson(shaped(seeds[seed] as Record<string, unknown>, service, shape, id), style)
    return shape === "escaped-key" ? text.replace('"eventSource"', '"event\\u0053ource"') : text
  })

const list = fc.record({
  elements: fc.array(element, { minLength: 1, maxLength: 14 }),
  separators: fc.array(fc.constantFrom(",", ",", ",", ", ", ",\n", "\n,\n  "), {
    minLength: 14,
    maxLength: 14,
  }),
  chunk: fc.integer({ min: 1, max: 3000 }),
})

const same = (results: ReadonlyArray<RecordResult | MediaConvertResult>) =>
  results.map((result) => [
    result._tag,
    result.path,
    result._tag === "record" ? JSON.stringify(result.record) : undefined,
  ])

eachScannerMode(() => {
  describe("selection before parsing, on lists of every shape", () => {
    it("gives the results and counts of parse-then-filter, in memory and streamed", async () => {
      await fc.assert(
        fc.asyncProperty(list, async ({ elements, separators, chunk }) => {
          const text = `{"Records":[${elements.map((e, i) => (i === 0 ? e : `${separators[i - 1]}${e}`)).join("")}]}`
          const options = { eventSources: [MEDIACONVERT] }
          const reference = recordsFrom(JSON.parse(text), options)
          const inMemory = recordsFrom(text, options)
          expect(same(inMemory.results)).toStrictEqual(same(reference.results))
          expect(inMemory.summary).toStrictEqual(reference.summary)
          const stream = streamRecords(chunked(text, chunk), options)
          const streamed: RecordResult[] = []
          for await (const result of stream) streamed.push(result)
          expect(same(streamed)).toStrictEqual(same(reference.results))
          expect(stream.summary()).toStrictEqual(reference.summary)
          // The one-step readers: the same MediaConvert events, decoded, on both paths.
          const events = mediaConvertEventsFrom(text)
          const eventStream = streamMediaConvertEvents(chunked(text, chunk))
          const streamedEvents: MediaConvertResult[] = []
          for await (const result of eventStream) streamedEvents.push(result)
          expect(same(events.results).map(([tag, path]) => [tag, path])).toStrictEqual(
            same(reference.results).map(([tag, path]) => [tag === "insight" ? "insight" : tag, path]),
          )
          expect(same(streamedEvents)).toStrictEqual(same(events.results))
          expect(eventStream.summary()).toStrictEqual(events.summary)
        }),
        { seed: 1313, numRuns: 250 },
      )
      // Hundreds of lists read five ways: seconds alone, more with both cores busy.
    }, 120_000)
  })

  describe("selection before parsing, on concatenated log files", () => {
    it("gives the paths and records of the whole read, filtered", async () => {
      // Documents one after another, a compact record a line: the paths of the second depend on
      // the lines the fast lane passed over in the first.
      const records = services.flatMap((service, i) =>
        seeds.map((seed, k) => ({ ...seed, eventSource: service, eventID: `c-${i}-${k}` })),
      )
      const doc = `{"Records":[\n${records.map((record) => JSON.stringify(record)).join(",\n")}\n]}`
      const text = `${doc}\n${doc}\n`
      const options = { eventSources: [MEDIACONVERT] }
      const whole = recordsFrom(text).results.filter(
        (result) =>
          result._tag !== "record" ||
          (result.record as { eventSource?: unknown }).eventSource === MEDIACONVERT,
      )
      const selected = recordsFrom(text, options)
      expect(same(selected.results)).toStrictEqual(same(whole))
      expect(new Set(selected.results.map((result) => result.path)).size).toBe(selected.results.length)
      const streamed: RecordResult[] = []
      for await (const result of streamRecords(chunked(text, 777), options)) streamed.push(result)
      expect(same(streamed)).toStrictEqual(same(whole))
    })
  })

  describe("selection before parsing, after a record on its own", () => {
    it("counts the record held back and the next document's records as parse-then-filter does", async () => {
      // The first value is held until the reader knows whether more values follow; it is read
      // alone (by the scanner of single records) while the lane reads the log file after it.
      const records = Array.from({ length: 400 }, (_, i) => ({
        ...seeds[i % seeds.length],
        eventSource: services[i % services.length],
        eventID: `held-${i}`,
      }))
      const alone = { ...seeds[0], eventSource: "s3.amazonaws.com", eventID: "alone" }
      const text = `${JSON.stringify(alone)}\n{"Records":[${records.map((record) => JSON.stringify(record)).join(",")}]}\n`
      const options = { eventSources: [MEDIACONVERT] }
      const whole = recordsFrom(text)
      const wanted = whole.results.filter(
        (result) =>
          result._tag !== "record" ||
          (result.record as { eventSource?: unknown }).eventSource === MEDIACONVERT,
      )
      const selected = recordsFrom(text, options)
      expect(same(selected.results)).toStrictEqual(same(wanted))
      expect(selected.summary.passedOver).toBe(
        1 + records.filter((r) => r.eventSource !== MEDIACONVERT).length,
      )
      const stream = streamRecords(chunked(text, 50_000), options)
      const streamed: RecordResult[] = []
      for await (const result of stream) streamed.push(result)
      expect(same(streamed)).toStrictEqual(same(wanted))
      expect(stream.summary()).toStrictEqual(selected.summary)
    })
  })

  const corpus = corpusRecords()
  const absent = corpusPresent ? undefined : `the shared corpus is absent (looked in ${corpusDir})`

  describeUnless(absent)("selection before parsing, on the records of the shared corpus", () => {
    it("gives the results and counts of parse-then-filter for every record, in any order and layout", () => {
      // Real records of every kind (Insights, service events, errors, other tools' layouts),
      // each as the text its source wrote, in log files of shuffled order, for several services.
      const wanted = [[MEDIACONVERT], ["s3.amazonaws.com", "iam.amazonaws.com"], ["ec2.amazonaws.com"]]
      fc.assert(
        fc.property(
          fc.shuffledSubarray(
            corpus.map((record) => record.text),
            { minLength: 1 },
          ),
          fc.constantFrom(",", ",\n", ", "),
          fc.constantFrom(...wanted),
          (texts, separator, eventSources) => {
            const text = `{"Records":[${texts.join(separator)}]}`
            const reference = recordsFrom(JSON.parse(text), { eventSources })
            const selected = recordsFrom(text, { eventSources })
            expect(same(selected.results)).toStrictEqual(same(reference.results))
            expect(selected.summary).toStrictEqual(reference.summary)
          },
        ),
        { seed: 1313, numRuns: 60 },
      )
    })
  })
})

eachScannerMode(() => {
  describe("selection before parsing, with many sources and long ones", () => {
    // More sources than the scanner's table holds (256), names longer than it keeps (124
    // bytes), more selected sources than it holds (16): records it cannot count are given to
    // the lane, which tells them from their text, so the counts stay exact.
    const long = `${"very-long-service-name.".repeat(7)}amazonaws.com`
    const sources = [
      ...Array.from({ length: 300 }, (_, i) => `service-${i}.amazonaws.com`),
      long,
      MEDIACONVERT,
    ]
    const records = Array.from({ length: 1500 }, (_, i) => ({
      ...seeds[i % seeds.length],
      eventSource: sources[(i * 7) % sources.length],
      eventID: `many-${i}`,
    }))
    const text = `{"Records":[${records.map((record) => JSON.stringify(record)).join(",")}]}`
    const selections = [
      [MEDIACONVERT],
      [long, "service-7.amazonaws.com"],
      Array.from({ length: 20 }, (_, i) => `service-${i * 3}.amazonaws.com`),
      [`${"x".repeat(200)}.amazonaws.com`, MEDIACONVERT],
    ]

    it("gives the results and counts of parse-then-filter, in memory and streamed", async () => {
      for (const eventSources of selections) {
        const reference = recordsFrom(JSON.parse(text), { eventSources })
        const selected = recordsFrom(text, { eventSources })
        expect(same(selected.results)).toStrictEqual(same(reference.results))
        expect(selected.summary).toStrictEqual(reference.summary)
        const stream = streamRecords(chunked(text, 100_000), { eventSources })
        const streamed: RecordResult[] = []
        for await (const result of stream) streamed.push(result)
        expect(same(streamed)).toStrictEqual(same(reference.results))
        expect(stream.summary()).toStrictEqual(reference.summary)
      }
      expect(
        Object.keys(recordsFrom(text, { eventSources: [MEDIACONVERT] }).summary.passedOverBy ?? {}),
      ).toHaveLength(sources.length - 1)
    })
  })
})
