import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CloudTrailRecord, MediaConvertEvent } from "../src"
import { isCloudTrailRecordFast, isMediaConvertEventFast } from "../src/generated/validators"
import { records } from "./helpers/fuzz-inputs"
import { type Json, replaceAt } from "./helpers/mutate"

const seeds = records() as Json[]

const agree = (input: unknown): void => {
  expect(isCloudTrailRecordFast(input)).toBe(CloudTrailRecord.is(input))
  expect(isMediaConvertEventFast(input)).toBe(MediaConvertEvent.is(input))
}

describe("the compiled validators", () => {
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
