import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  CloudTrailRecord,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  MediaConvertEvent,
} from "../src"
import { callEveryHelper } from "./helpers/call-helpers"
import { fixture, fixtureNames } from "./helpers/fixtures"
import { locate } from "./helpers/json-path"
import { type Json, mutation } from "./helpers/mutate"

const seeds = [
  ...fixtureNames("seed").map((name) => fixture(`seed/${name}`)),
  ...fixtureNames("identity").map((name) => fixture(`identity/${name}`)),
]

const helpers = callEveryHelper

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

  it("never throws on mutated real records, and what decodes encodes back unchanged", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds).chain((seed) => mutation(seed as Json)),
        (input) => {
          const text = JSON.stringify(input)
          const record = decodeRecord(input)
          if (record._tag === "Right")
            expect(JSON.stringify(CloudTrailRecord.encode(record.right))).toBe(text)
          const event = decodeMediaConvertEvent(input)
          if (event._tag === "Right") expect(JSON.stringify(MediaConvertEvent.encode(event.right))).toBe(text)
          else
            for (const issue of event.left.issues) {
              const where = locate(input, issue.path)
              expect(
                where === "present" || (where === "parent" && issue.found === "nothing"),
                issue.path,
              ).toBe(true)
            }
          helpers(input)
        },
      ),
      { numRuns: 1000 },
    )
  })

  it("decodes idempotently: decoding the encoded value gives the same value", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), (seed) => {
        const once = decodeRecord(seed)
        if (once._tag === "Left") return
        const twice = decodeRecord(CloudTrailRecord.encode(once.right))
        expect(twice).toStrictEqual(once)
      }),
      { numRuns: 50 },
    )
  })
})
