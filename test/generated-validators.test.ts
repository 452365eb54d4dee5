import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { CloudTrailRecord, MediaConvertEvent } from "../src"
import { isCloudTrailRecordFast, isMediaConvertEventFast } from "../src/generated/validators"
import { records } from "./helpers/fuzz-inputs"

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const seeds = records() as Json[]

/** Replaces the value at a random path of a JSON value. */
const mutate = (value: Json, path: ReadonlyArray<number>, replacement: Json): Json => {
  if (path.length === 0 || value === null || typeof value !== "object") return replacement
  const [step = 0, ...rest] = path
  if (Array.isArray(value)) {
    if (value.length === 0) return replacement
    return value.map((item, j) => (j === step % value.length ? mutate(item, rest, replacement) : item))
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return replacement
  const key = keys[step % keys.length] as string
  return { ...value, [key]: mutate(value[key] as Json, rest, replacement) }
}

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
        (seed, path, replacement) => agree(mutate(seed, path, replacement)),
      ),
      { numRuns: 3000 },
    )
  })

  it("answer as the codecs do on arbitrary values", () => {
    fc.assert(fc.property(fc.anything(), agree), { numRuns: 1000 })
  })
})
