import { describe, expect, it } from "vitest"
import {
  CloudTrailRecord,
  decodeMediaConvertEvent,
  decodeRecord,
  formatFailure,
  identityOf,
  originOf,
} from "../../src"
import { fixture } from "../helpers/fixtures"

const seedText = JSON.stringify(fixture("seed/CreateJob.json"))

/** The seed's text with `"key": value` added to every object in it, as an own member. */
const withKeyEverywhere = (key: string, value: unknown): string => {
  const add = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(add)
    if (node === null || typeof node !== "object") return node
    const copy: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(node)) copy[k] = add(v)
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true })
    return copy
  }
  return JSON.stringify(add(JSON.parse(seedText)))
}

describe("hostile input", () => {
  it.each(["__proto__", "constructor", "prototype"])(
    "decodes records with %s keys at every level without touching any prototype",
    (key) => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort()
      const text = withKeyEverywhere(key, { polluted: true })
      expect(text).toContain(`"${key}":{"polluted":true}`)
      const input = JSON.parse(text)
      const result = decodeRecord(input)
      if (result._tag === "Left") expect.fail(formatFailure(result.left))
      expect(JSON.stringify(CloudTrailRecord.encode(result.right))).toBe(JSON.stringify(JSON.parse(text)))
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(before)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      identityOf(result.right)
      originOf(result.right)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    },
  )

  it("does not take an identity type named after an Object method for a known variant", () => {
    const input = JSON.parse(seedText)
    input.userIdentity.type = "toString"
    const result = decodeRecord(input)
    expect(result._tag === "Right" && identityOf(result.right).kind).toBe("unknown")
  })

  it("keeps numbers JSON turns into Infinity, and keeps the last of duplicate keys", () => {
    const text = seedText
      .replace('"priority":0', '"priority":1e400')
      .replace('"eventVersion":"1.09"', '"eventVersion":"1.08","eventVersion":"1.09"')
    const input = JSON.parse(text)
    const result = decodeMediaConvertEvent(input)
    if (result._tag === "Left") expect.fail(formatFailure(result.left))
    expect(result.right.eventVersion).toBe("1.09")
    expect(result.right.eventName === "CreateJob" && result.right.requestParameters?.priority).toBe(
      Number.POSITIVE_INFINITY,
    )
  })

  it("reports a 100 MB string in a bounded message", () => {
    const input = JSON.parse(seedText)
    input.eventTime = { text: "x".repeat(100 * 1024 * 1024) }
    input.userIdentity.type = ["y".repeat(100 * 1024 * 1024)]
    input.awsRegion = "z".repeat(100 * 1024 * 1024).length
    input.eventVersion = 7
    const result = decodeRecord(input)
    if (result._tag === "Right") expect.fail("expected a failure")
    const message = formatFailure(result.left)
    expect(message.length).toBeLessThan(1000)
    expect(message).toContain("$.eventTime")
  })

  it("keeps a 100 MB string value without walking it", () => {
    const input = JSON.parse(seedText)
    input.userAgent = "u".repeat(100 * 1024 * 1024)
    const result = decodeRecord(input)
    expect(
      result._tag === "Right" && result.right.eventType === "AwsApiCall" && result.right.userAgent?.length,
    ).toBe(100 * 1024 * 1024)
  })
})
