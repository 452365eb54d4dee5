import { readFileSync } from "node:fs"
import { join } from "node:path"
import { Readable } from "node:stream"
import { describe, expect, it } from "vitest"
import { type MediaConvertResult, mediaConvertEventsFrom } from "../../src"
import { streamMediaConvertEvents } from "../../src/node"

const sample = join(__dirname, "..", "..", "samples", "trail")

describe("streamMediaConvertEvents", () => {
  it("streams the MediaConvert events of a trail and counts the other services by eventSource", async () => {
    const events = streamMediaConvertEvents(sample)
    const results: MediaConvertResult[] = []
    for await (const result of events) results.push(result)
    const summary = events.summary()
    expect(summary.decoded).toBe(178)
    expect(summary.failed).toBe(0)
    expect(summary.passedOver).toBe(11)
    expect(Object.keys(summary.passedOverBy).length).toBeGreaterThan(1)
    for (const result of results)
      if (result._tag === "record") expect(result.record.eventSource).toBe("mediaconvert.amazonaws.com")
  })

  it("gives what mediaConvertEventsFrom gives on the same bytes", async () => {
    const file = join(__dirname, "..", "fixtures", "containers", "log-file.json.gz")
    const bytes = readFileSync(file)
    const events = streamMediaConvertEvents(Readable.from([bytes]))
    const streamed: string[][] = []
    for await (const result of events) streamed.push([result._tag, result.path])
    const inMemory = mediaConvertEventsFrom(bytes)
    expect(streamed).toStrictEqual(inMemory.results.map((result) => [result._tag, result.path]))
    expect(events.summary()).toStrictEqual(inMemory.summary)
  })
})
