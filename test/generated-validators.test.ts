import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CloudTrailRecord, MediaConvertEvent } from "../src"
import { withoutCompiledChecks } from "../src/codec/compiled"
import { isCloudTrailRecordFast, isMediaConvertEventFast } from "../src/generated/validators"
import { records } from "./helpers/fuzz-inputs"
import { type Json, replaceAt } from "./helpers/mutate"

const seeds = records() as Json[]

// The codecs as they interpret themselves, without the compiled checks registered for them.
const interpreted = (input: unknown) =>
  withoutCompiledChecks(() => [CloudTrailRecord.is(input), MediaConvertEvent.is(input)])

const agree = (input: unknown): void => {
  const [record, event] = interpreted(input)
  expect(isCloudTrailRecordFast(input)).toBe(record)
  expect(isMediaConvertEventFast(input)).toBe(event)
  // With the compiled checks registered, the codecs answer the same.
  expect(CloudTrailRecord.is(input)).toBe(record)
  expect(MediaConvertEvent.is(input)).toBe(event)
}

describe("the compiled validators", () => {
  it("are registered for the exported structures, and can be set aside", () => {
    const input = { eventVersion: "1.0", eventTime: "t", awsRegion: "r" }
    expect(CloudTrailRecord.is(input)).toBe(true)
    expect(withoutCompiledChecks(() => CloudTrailRecord.is(input))).toBe(true)
  })

  it("answer as the codecs do on every fixture and corpus record", () => {
    expect(seeds.length).toBeGreaterThan(10)
    for (const seed of seeds) agree(seed)
  })

  it("answer as the codecs do on mutated records", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          fc.constantFrom("***", "", "AwsApiCall", null, 0, "1712252726"),
        ) as fc.Arbitrary<Json>,
        (seed, path, replacement) => agree(replaceAt(seed, path, replacement)),
      ),
      { numRuns: 3000 },
    )
  })

  it("answer as the codecs do on arbitrary values", () => {
    fc.assert(fc.property(fc.anything(), agree), { numRuns: 1000 })
  })
})
