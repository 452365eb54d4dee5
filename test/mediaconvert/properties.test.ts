import fc from "fast-check"
import type * as t from "io-ts"
import { describe, expect, it } from "vitest"
import {
  decodeMediaConvertEvent,
  destinationsOf,
  eventCodecs,
  formatFailure,
  inputsOf,
  jobTemplateOf,
  MediaConvertEvent,
  presetOf,
  queueOf,
  roleOf,
  settingsOf,
  tagsOf,
} from "../../src"
import { JobSettings, JobTemplateSettings, PresetSettings } from "../../src/shapes"
import { fixture } from "../helpers/fixtures"
import { arbitraryOf } from "./arbitraries"

const envelope = fixture("operations/DeleteQueue.success.json") as Record<string, unknown>
const operations = Object.keys(eventCodecs) as Array<keyof typeof eventCodecs>
const bounds = { depth: 4, size: 3 }

/** A whole record of an operation, with arbitrary request and response of that operation's types. */
const recordOf = (operation: keyof typeof eventCodecs) => {
  const { requestParameters, responseElements } = eventCodecs[operation].optional as Record<string, t.Mixed>
  return fc
    .record({
      requestParameters: arbitraryOf(requestParameters as t.Mixed, bounds),
      responseElements: arbitraryOf(responseElements as t.Mixed, bounds),
    })
    .map((payloads) => ({ ...envelope, eventName: operation, ...payloads }))
}
const anyRecord = fc.constantFrom(...operations).chain(recordOf)

describe("records built from the generated codecs", () => {
  it("decode as their own operation and encode back to the same value", () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        const result = decodeMediaConvertEvent(input)
        if (result._tag === "Left") throw new Error(formatFailure(result.left))
        expect(result.right.eventName).toBe(input.eventName)
        expect(result.right).toBe(input)
        expect(MediaConvertEvent.encode(result.right)).toStrictEqual(input)
      }),
      { numRuns: 200 },
    )
  })

  it("still decode after a trip through JSON text", () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        const text = JSON.parse(JSON.stringify(input))
        const result = decodeMediaConvertEvent(text)
        if (result._tag === "Left") throw new Error(formatFailure(result.left))
        expect(MediaConvertEvent.encode(result.right)).toStrictEqual(text)
      }),
      { numRuns: 100 },
    )
  })

  it("never make a helper throw", () => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        const result = decodeMediaConvertEvent(input)
        if (result._tag === "Left") throw new Error(formatFailure(result.left))
        const event = result.right
        settingsOf(event)
        expect(Array.isArray(inputsOf(event))).toBe(true)
        expect(Array.isArray(destinationsOf(event))).toBe(true)
        for (const helper of [roleOf, queueOf, presetOf, jobTemplateOf, tagsOf])
          expect(["Some", "None"]).toContain(helper(event)._tag)
      }),
      { numRuns: 100 },
    )
  })
})

describe("the helpers on any value", () => {
  it("answer and never throw, whatever they are given", () => {
    const values = fc.oneof(
      fc.anything({ withNullPrototype: true, withObjectString: true }),
      fc.record({
        eventSource: fc.constant("mediaconvert.amazonaws.com"),
        eventName: fc.constantFrom(...operations),
        requestParameters: fc.anything(),
        responseElements: fc.anything(),
      }),
    )
    fc.assert(
      fc.property(values, (value) => {
        const input = value as never
        for (const helper of [settingsOf, roleOf, queueOf, presetOf, jobTemplateOf, tagsOf])
          expect(["Some", "None"]).toContain(helper(input)._tag)
        expect(Array.isArray(inputsOf(input))).toBe(true)
        expect(Array.isArray(destinationsOf(input))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe("settings trees built from the generated codecs", () => {
  it.each([
    ["JobSettings", JobSettings],
    ["JobTemplateSettings", JobTemplateSettings],
    ["PresetSettings", PresetSettings],
  ] as const)("%s: decode to the input itself", (_, codec) => {
    fc.assert(
      fc.property(arbitraryOf(codec, { depth: 6, size: 4 }), (settings) => {
        const result = codec.decode(settings)
        expect(result._tag).toBe("Right")
        if (result._tag === "Right") expect(codec.encode(result.right)).toBe(settings)
      }),
      { numRuns: 50 },
    )
  })
})
