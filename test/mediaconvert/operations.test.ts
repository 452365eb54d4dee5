import { describe, expect, it } from "vitest"
import {
  decodeMediaConvertEvent,
  eventCodecs,
  formatFailure,
  isReadOnly,
  MediaConvertEvent,
  mediaConvertOperations,
} from "../../src"
import { fixture, fixtureNames } from "../helpers/fixtures"

const names = fixtureNames("operations")
const operations = Object.keys(mediaConvertOperations)
const cases = names.map(
  (name) => [name, name.split(".")[0] as string, fixture(`operations/${name}`)] as const,
)

const decoded = (input: unknown): MediaConvertEvent => {
  const result = decodeMediaConvertEvent(input)
  if (result._tag === "Left") expect.fail(formatFailure(result.left))
  return result.right
}

describe("the operation fixtures", () => {
  it("cover all 34 operations, each with a success and a failure record", () => {
    expect(operations).toHaveLength(34)
    for (const operation of operations) {
      expect(names).toContain(`${operation}.success.json`)
      expect(names).toContain(`${operation}.failure.json`)
    }
  })

  it("hold only records of operations the model has", () => {
    for (const [, operation] of cases) expect(operations).toContain(operation)
  })
})

describe("decodeMediaConvertEvent on every operation", () => {
  it.each(cases)("decodes %s as its own operation's event, losslessly", (_, operation, input) => {
    const event = decoded(input)
    expect(event.eventName).toBe(operation)
    expect(eventCodecs[operation as keyof typeof eventCodecs].is(event)).toBe(true)
    expect(event).toBe(input)
    expect(MediaConvertEvent.encode(event)).toStrictEqual(input)
    expect(JSON.parse(JSON.stringify(MediaConvertEvent.encode(event)))).toStrictEqual(input)
  })

  it.each(cases.filter(([name]) => name.endsWith(".failure.json")))(
    "keeps the error of %s, with no response",
    (_, __, input) => {
      const event = decoded(input)
      expect(typeof event.errorCode).toBe("string")
      expect(event.responseElements).toBeNull()
    },
  )

  it.each(cases)("marks %s read-only as the operation table says", (_, operation, input) => {
    expect(decoded(input).readOnly).toBe(isReadOnly(operation))
  })

  it("rejects a request member of the wrong type, at its path", () => {
    const input = fixture("operations/CreateQueue.success.json") as Record<string, unknown>
    const result = decodeMediaConvertEvent({ ...input, requestParameters: { name: 42 } })
    expect(result._tag).toBe("Left")
    if (result._tag === "Left") expect(formatFailure(result.left)).toContain("$.requestParameters.name")
  })

  it("rejects a settings tree of the wrong shape deep inside, at its path", () => {
    const input = fixture("operations/CreateJob.success.json") as {
      requestParameters: { settings: { outputGroups: Array<{ outputs: unknown }> } }
    }
    const broken = structuredClone(input)
    const [group] = broken.requestParameters.settings.outputGroups
    if (group === undefined) expect.fail("the fixture has an output group")
    group.outputs = [{ videoDescription: { width: "1920" } }]
    const result = decodeMediaConvertEvent(broken)
    expect(result._tag).toBe("Left")
    if (result._tag === "Left")
      expect(formatFailure(result.left)).toContain(
        "$.requestParameters.settings.outputGroups[0].outputs[0].videoDescription.width",
      )
  })

  it("accepts the redaction string in place of an object inside the settings, and nothing else", () => {
    const input = fixture("operations/CreateJob.redacted-encryption.json")
    expect(decoded(input)).toBe(input)
    expect(JSON.stringify(input)).toContain('"encryption":"***"')
    const tampered = JSON.parse(JSON.stringify(input).replace('"encryption":"***"', '"encryption":"**"'))
    const result = decodeMediaConvertEvent(tampered)
    expect(result._tag).toBe("Left")
    if (result._tag === "Left")
      expect(formatFailure(result.left)).toContain(
        "$.requestParameters.settings.outputGroups[0].outputGroupSettings.cmafGroupSettings.encryption",
      )
  })

  it("accepts an unknown enumeration value and unknown members, and keeps them", () => {
    const input = structuredClone(fixture("operations/CreateQueue.success.json")) as {
      requestParameters: Record<string, unknown>
    }
    input.requestParameters.status = "DRAINING"
    input.requestParameters.futureMember = { nested: [1, 2] }
    expect(MediaConvertEvent.encode(decoded(input))).toStrictEqual(input)
  })
})
