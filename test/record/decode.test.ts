import { describe, expect, it } from "vitest"
import {
  CloudTrailRecord,
  type DecodeFailure,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  MAX_ISSUES,
} from "../../src"
import { fixture } from "../helpers/fixtures"

const failureOf = <A>(
  result: { _tag: "Right"; right: A } | { _tag: "Left"; left: DecodeFailure },
): DecodeFailure => {
  if (result._tag === "Right") return expect.fail("expected a failure")
  return result.left
}
const withChanges = (path: ReadonlyArray<string>, value: unknown): unknown => {
  const record = structuredClone(fixture("seed/CreateJob.json")) as Record<string, unknown>
  let target = record
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>
  target[path[path.length - 1] as string] = value
  return record
}

describe("decodeRecord", () => {
  it("returns the input object itself, so nothing is copied or lost", () => {
    const input = fixture("seed/CreateJob.json")
    const result = decodeRecord(input)
    expect(result._tag === "Right" && result.right).toBe(input)
  })

  it("keeps unknown members at every level and encodes them back", () => {
    const input = withChanges(["userIdentity", "sessionContext", "attributes", "futureFlag"], {
      nested: [1, 2],
    })
    ;(input as Record<string, unknown>).eventFromTheFuture = "2031"
    const result = decodeRecord(structuredClone(input))
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(CloudTrailRecord.encode(result.right)).toStrictEqual(input)
  })

  it("names the path, the expectation and what it found", () => {
    const failure = failureOf(
      decodeRecord(withChanges(["userIdentity", "sessionContext", "attributes", "mfaAuthenticated"], 0)),
    )
    expect(failure.issues).toStrictEqual([
      {
        path: "$.userIdentity.sessionContext.attributes.mfaAuthenticated",
        segments: ["userIdentity", "sessionContext", "attributes", "mfaAuthenticated"],
        expected: "boolean or MfaAuthenticated (string) or null",
        found: "number 0",
      },
    ])
    expect(formatFailure(failure)).toBe(
      "$.userIdentity.sessionContext.attributes.mfaAuthenticated: expected boolean or MfaAuthenticated (string) or null, found number 0",
    )
  })

  it("reports a missing required member as nothing found", () => {
    const input = withChanges(["eventTime"], undefined)
    delete (input as Record<string, unknown>).eventTime
    expect(failureOf(decodeRecord(input)).issues).toStrictEqual([
      { path: "$.eventTime", segments: ["eventTime"], expected: "string", found: "nothing" },
    ])
  })

  it("lists every problem, in list items with their index", () => {
    const input = withChanges(["resources"], [{ ARN: "arn:aws:s3:::bucket" }, { ARN: 7 }])
    ;(input as Record<string, unknown>).readOnly = "False"
    const issues = failureOf(decodeRecord(input)).issues
    expect(issues.map((issue) => issue.path)).toStrictEqual(["$.readOnly", "$.resources[1].ARN"])
    expect(issues.map((issue) => issue.segments)).toStrictEqual([["readOnly"], ["resources", 1, "ARN"]])
  })

  it("reports a userIdentity type that is not a string at the type", () => {
    const failure = failureOf(decodeRecord(withChanges(["userIdentity", "type"], 12)))
    expect(failure.issues).toStrictEqual([
      {
        path: "$.userIdentity.type",
        segments: ["userIdentity", "type"],
        expected: "string or nothing",
        found: "number 12",
      },
    ])
  })

  it.each([
    ["a number", 42, "number 42"],
    ["null", null, "null"],
    ["an array", [1, 2], "array of 2"],
    ["a string", "{}", 'string "{}"'],
    ["nothing", undefined, "nothing"],
  ])("fails at $ for %s, without throwing", (_, input, found) => {
    expect(failureOf(decodeRecord(input)).issues).toStrictEqual([
      { path: "$", segments: [], expected: "CloudTrailRecord", found },
    ])
  })

  it("fails on a wrong type at every level of a record", () => {
    const paths: ReadonlyArray<ReadonlyArray<string>> = [
      ["eventVersion"],
      ["userIdentity"],
      ["userIdentity", "sessionContext"],
      ["userIdentity", "sessionContext", "sessionIssuer"],
      ["userIdentity", "sessionContext", "sessionIssuer", "arn"],
      ["eventType"],
      ["tlsDetails"],
      ["managementEvent"],
    ]
    for (const path of paths) {
      const failure = failureOf(decodeRecord(withChanges(path, 3.5)))
      expect(failure.issues[0]?.path, path.join(".")).toBe(`$.${path.join(".")}`)
    }
  })

  it("cuts long strings in reports", () => {
    const failure = failureOf(decodeRecord(withChanges(["eventVersion"], ["x".repeat(1_000_000)])))
    expect(formatFailure(failure).length).toBeLessThan(200)
    const long = failureOf(decodeRecord({ eventVersion: "x".repeat(100_000) }))
    expect(formatFailure(long).length).toBeLessThan(500)
  })

  it("lists at most MAX_ISSUES problems and says so", () => {
    const resources = Array.from({ length: 500 }, () => ({ ARN: 1 }))
    const failure = failureOf(decodeRecord(withChanges(["resources"], resources)))
    expect(failure.issues).toHaveLength(MAX_ISSUES)
    expect(failure.truncated).toBe(true)
    expect(formatFailure(failure)).toContain("only the first 50")
  })

  it("keeps deeply nested unknown members without walking them", () => {
    let deep: unknown = { leaf: true }
    for (let i = 0; i < 100_000; i++) deep = { inner: deep }
    const input = withChanges(["userIdentity", "sessionContext", "futureContext"], deep)
    const result = decodeRecord(input)
    expect(result._tag === "Right" && result.right).toBe(input)
  })

  it("does not mistake inherited names for variants", () => {
    for (const type of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const result = decodeRecord(withChanges(["userIdentity", "type"], type))
      expect(result._tag, type).toBe("Right")
    }
  })
})

describe("decodeMediaConvertEvent", () => {
  it("fails at the event source for a record of another service", () => {
    const input = withChanges(["eventSource"], "s3.amazonaws.com")
    const result = decodeMediaConvertEvent(input)
    if (result._tag === "Right") expect.fail("expected a failure")
    expect(result.left.issues).toStrictEqual([
      {
        path: "$.eventSource",
        segments: ["eventSource"],
        expected: '"mediaconvert.amazonaws.com"',
        found: 'string "s3.amazonaws.com"',
      },
    ])
  })

  it("types a failed call whose responseElements is null", () => {
    const input = withChanges(["responseElements"], null)
    ;(input as Record<string, unknown>).errorCode = "BadRequestException"
    const result = decodeMediaConvertEvent(input)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(result.right.eventName === "CreateJob" && result.right.responseElements).toBeNull()
  })

  it("keeps an operation it does not type as an explicit fallback with its payloads", () => {
    const input = withChanges(["eventName"], "DescribeSomethingNew")
    const result = decodeMediaConvertEvent(input)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(result.right.eventName).toBe("DescribeSomethingNew")
    expect(result.right).toBe(input)
  })

  it("reports a payload member of the wrong type with its path", () => {
    const result = decodeMediaConvertEvent(
      withChanges(["responseElements", "job", "timing", "submitTime"], "soon"),
    )
    if (result._tag === "Right") expect.fail("expected a failure")
    expect(result.left.issues[0]?.path).toBe("$.responseElements.job.timing.submitTime")
  })

  it("accepts timestamps as seconds, milliseconds or digit strings", () => {
    for (const value of [1712252726, 1510714652436, "1510714652428"]) {
      const result = decodeMediaConvertEvent(withChanges(["responseElements", "job", "createdAt"], value))
      expect(result._tag, String(value)).toBe("Right")
    }
  })

  it("accepts the redaction string only where AWS redacts: encryption, not the whole settings", () => {
    const settings = withChanges(["requestParameters", "settings"], "***")
    expect(failureOf(decodeMediaConvertEvent(settings)).issues.map((issue) => issue.path)).toStrictEqual([
      "$.requestParameters.settings",
    ])
    const group = {
      outputGroupSettings: { type: "HLS_GROUP_SETTINGS", hlsGroupSettings: { encryption: "***" } },
    }
    const encryption = withChanges(["requestParameters", "settings", "outputGroups"], [group])
    expect(decodeMediaConvertEvent(encryption)._tag).toBe("Right")
  })

  it("keeps an enumeration value this version does not list, and encodes it back", () => {
    const group = { outputGroupSettings: { type: "SOME_FUTURE_GROUP_SETTINGS", futureGroupSettings: {} } }
    const input = withChanges(["requestParameters", "settings", "outputGroups"], [group])
    const before = structuredClone(input)
    const result = decodeMediaConvertEvent(input)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    if (result.right.eventName !== "CreateJob") expect.fail("expected CreateJob")
    expect(
      String(result.right.requestParameters?.settings?.outputGroups?.[0]?.outputGroupSettings?.type),
    ).toBe("SOME_FUTURE_GROUP_SETTINGS")
    expect(CloudTrailRecord.encode(result.right as CloudTrailRecord)).toStrictEqual(before)
  })

  it("puts the record's place in something larger before every path", () => {
    const input = withChanges(["responseElements", "job", "createdAt"], "soon")
    const issue = failureOf(decodeMediaConvertEvent(input, ["Records", 12])).issues[0]
    expect(issue?.path).toBe("$.Records[12].responseElements.job.createdAt")
    expect(issue?.segments).toStrictEqual(["Records", 12, "responseElements", "job", "createdAt"])
  })
})
