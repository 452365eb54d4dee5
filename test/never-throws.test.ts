import fc from "fast-check"
import type { Either } from "fp-ts/Either"
import { describe, expect, it } from "vitest"
import {
  CloudTrailRecord,
  type DecodeFailure,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  MediaConvertEvent,
} from "../src"
import { callEveryHelper } from "./helpers/call-helpers"
import { fixture, fixtureNames } from "./helpers/fixtures"
import { locate } from "./helpers/json-path"
import { type Json, mutation } from "./helpers/mutate"

/** The real records the mutations start from, each with the fixture it was read from. */
const seeds = ["seed", "identity"].flatMap((folder) =>
  fixtureNames(folder).map((name) => [`${folder}/${name}`, fixture(`${folder}/${name}`)] as const),
)

const helpers = callEveryHelper

/**
 * Checks one decoder's answer on a mutated record, and counts it: a Right encodes back to the
 * input's exact JSON; each issue of a Left points at a member of the input, or at a missing
 * member of a parent that is there.
 */
const honest = <A>(
  input: unknown,
  text: string,
  result: Either<DecodeFailure, A>,
  encode: (value: A) => unknown,
  counts: Record<"Left" | "Right", number>,
) => {
  counts[result._tag]++
  if (result._tag === "Right") expect(JSON.stringify(encode(result.right))).toBe(text)
  else
    for (const issue of result.left.issues) {
      const where = locate(input, issue.path)
      expect(where === "present" || (where === "parent" && issue.found === "nothing"), issue.path).toBe(true)
    }
}

describe("the public API on arbitrary input", () => {
  it("returns a Right or a Left for any value, and the helpers answer, never throwing", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        for (const decode of [decodeRecord, decodeMediaConvertEvent]) {
          const result = decode(input)
          expect(["Left", "Right"]).toContain(result._tag)
          if (result._tag === "Left") expect(typeof formatFailure(result.left)).toBe("string")
        }
        helpers(input)
      }),
      { numRuns: 500 },
    )
  })

  it("never throws on mutated real records; what decodes encodes back unchanged, and what fails points into the input", () => {
    // Both outcomes must come up often enough for their checks to mean something: about a
    // quarter of the mutations break the record, a tenth more break only the MediaConvert event.
    const outcomes = { record: { Left: 0, Right: 0 }, event: { Left: 0, Right: 0 } }
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds.map(([, seed]) => seed)).chain((seed) => mutation(seed as Json)),
        (input) => {
          const text = JSON.stringify(input)
          const record = decodeRecord(input)
          const event = decodeMediaConvertEvent(input)
          honest(input, text, record, CloudTrailRecord.encode, outcomes.record)
          honest(input, text, event, MediaConvertEvent.encode, outcomes.event)
          // A MediaConvert event is a CloudTrail record with more rules: it never decodes alone.
          if (event._tag === "Right") expect(record._tag).toBe("Right")
          helpers(input)
        },
      ),
      { numRuns: 1000 },
    )
    for (const counts of [outcomes.record, outcomes.event])
      for (const count of [counts.Left, counts.Right]) expect(count).toBeGreaterThan(50)
  })

  it.each(seeds)("decodes %s idempotently: decoding the encoded record gives the same value", (_, seed) => {
    const once = decodeRecord(seed)
    if (once._tag === "Left") expect.fail(formatFailure(once.left))
    expect(decodeRecord(CloudTrailRecord.encode(once.right))).toStrictEqual(once)
  })
})
