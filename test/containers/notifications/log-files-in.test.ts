import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type LogFiles, logFilesIn } from "../../../src"
import { fixture, fixtureNames } from "../../helpers/fixtures"
import { mutation } from "../../helpers/mutate"

interface Expected {
  readonly files: ReadonlyArray<Record<string, unknown>>
  readonly skipped: ReadonlyArray<Record<string, unknown>>
  readonly failures: ReadonlyArray<Record<string, unknown>>
}
const expected = fixture("notifications/expected/log-files.json") as Record<string, Expected>
const names = fixtureNames("notifications")

const logFile = (minute: string) =>
  `AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T17${minute}Z_AbCdEfGh12345678.json.gz`
const s3Event = (key: string, eventName = "ObjectCreated:Put") => ({
  Records: [{ eventSource: "aws:s3", eventName, s3: { bucket: { name: "trail" }, object: { key } } }],
})
const keysOf = (found: LogFiles) => found.files.map((file) => file.key)

describe("logFilesIn", () => {
  it("has an expectation for every notification fixture, and a fixture for every shape", () => {
    expect(Object.keys(expected).sort()).toStrictEqual([...names])
    const kinds = new Set(names.flatMap((name) => logFilesIn(fixture(`notifications/${name}`)).files))
    expect(new Set([...kinds].map((file) => file.notification))).toStrictEqual(
      new Set(["s3-event", "eventbridge", "cloudtrail-sns", "object-reference"]),
    )
  })

  it.each(names)("finds the log files named by %s, with their paths", (name) => {
    const found = logFilesIn(fixture(`notifications/${name}`))
    const want = expected[name] as Expected
    expect(found.files).toMatchObject(want.files)
    expect(found.files).toHaveLength(want.files.length)
    expect(found.skipped).toMatchObject(want.skipped)
    expect(found.skipped).toHaveLength(want.skipped.length)
    expect(found.failures).toStrictEqual([])
  })

  it.each(names)("reads %s the same from JSON text and from its bytes", (name) => {
    const value = fixture(`notifications/${name}`)
    const text = JSON.stringify(value)
    expect(logFilesIn(text)).toStrictEqual(logFilesIn(value))
    expect(logFilesIn(new TextEncoder().encode(text))).toStrictEqual(logFilesIn(value))
  })

  it("decodes keys as S3 encodes them in notifications: + is a space, %2B a plus", () => {
    const cases: ReadonlyArray<[string, string]> = [
      ["a+b/c%2Bd/", "a b/c+d/"],
      ["x%3Dy%3Az%C3%A9/", "x=y:zé/"],
      ["%2520/", "%20/"],
    ]
    for (const [encoded, decoded] of cases) {
      const found = logFilesIn(s3Event(`${encoded}${logFile("45")}`))
      expect(keysOf(found)).toStrictEqual([`${decoded}${logFile("45")}`])
    }
  })

  it("takes CloudTrail's own keys and listings' keys as they are", () => {
    const key = `a+b%2B/${logFile("45")}`
    expect(keysOf(logFilesIn({ s3Bucket: "trail", s3ObjectKey: [key] }))).toStrictEqual([key])
    expect(keysOf(logFilesIn({ bucket: "trail", key }))).toStrictEqual([key])
    expect(keysOf(logFilesIn([{ Bucket: "trail", Key: key }]))).toStrictEqual([key])
  })

  it("reports a malformed %-escape as a failure at the key, and keeps the other files", () => {
    const event = { Records: [...s3Event("bad%E0%A4%A/x").Records, ...s3Event(logFile("50")).Records] }
    const found = logFilesIn(event)
    expect(keysOf(found)).toStrictEqual([logFile("50")])
    expect(found.failures.map((failure) => failure.path)).toStrictEqual(["$.Records[0].s3.object.key"])
  })

  it("recognises Insights files as log files and digest files as digests", () => {
    const insight = logFile("45").replace(/CloudTrail/g, "CloudTrail-Insight")
    expect(keysOf(logFilesIn(s3Event(insight)))).toStrictEqual([insight])
    const digest =
      "AWSLogs/111122223333/CloudTrail-Digest/us-west-2/2024/04/04/111122223333_CloudTrail-Digest_us-west-2_t_us-west-2_20240404T180000Z.json.gz"
    expect(logFilesIn(s3Event(digest)).skipped).toMatchObject([{ reason: "digest-file", key: digest }])
  })

  it("lets the caller say what a log file is, for copies kept under other names", () => {
    const found = logFilesIn(s3Event("copies/2024-04-04.json.gz"), {
      isLogFile: (key) => key.endsWith(".gz"),
    })
    expect(keysOf(found)).toStrictEqual(["copies/2024-04-04.json.gz"])
    expect(logFilesIn(s3Event("copies/2024-04-04.json.gz")).skipped).toMatchObject([
      { reason: "not-a-log-file" },
    ])
  })

  it("reports what is not a notification as a failure with its path", () => {
    const cases: ReadonlyArray<[unknown, string]> = [
      [42, "$"],
      ["not json", "$"],
      [{ hello: "world" }, "$"],
      [{ Records: [{ messageId: "m1", body: "{}" }] }, "$.Records[0].body"],
      [{ Records: [{ messageId: "m1", body: "{" }] }, "$.Records[0].body"],
      [{ Records: [{ eventVersion: "1.09", eventSource: "mediaconvert.amazonaws.com" }] }, "$.Records[0]"],
      [{ "detail-type": "AWS API Call via CloudTrail", source: "aws.mediaconvert", detail: {} }, "$"],
      [{ s3Bucket: "trail", s3ObjectKey: "one" }, "$.s3ObjectKey"],
      [{ Records: [{ eventSource: "aws:s3", s3: { object: { key: logFile("45") } } }] }, "$.Records[0]"],
      [s3Event(logFile("45")).Records, "$[0]"],
    ]
    for (const [input, path] of cases) {
      const found = logFilesIn(input)
      expect(found.files, JSON.stringify(input)).toStrictEqual([])
      expect(
        found.failures.map((f) => f.path),
        JSON.stringify(input),
      ).toStrictEqual([path])
    }
  })

  it("gives the SQS messageId of every file and skip found in a message", () => {
    const found = logFilesIn(fixture("notifications/sqs-sns-cloudtrail.json"))
    expect(found.files.map((file) => file.messageId)).toStrictEqual([
      "059f36b4-87a3-44ab-83d2-661970000000",
      "059f36b4-87a3-44ab-83d2-661970000000",
      "059f36b4-87a3-44ab-83d2-661970000002",
    ])
    expect(found.skipped[0]?.messageId).toBe("059f36b4-87a3-44ab-83d2-661970000001")
  })

  it("stops at messages nested too deep", () => {
    let value: unknown = s3Event(logFile("45"))
    for (let i = 0; i < 20; i++) value = { Type: "Notification", Message: JSON.stringify(value) }
    const found = logFilesIn(value)
    expect(found.files).toStrictEqual([])
    expect(found.failures[0]?.failure.issues[0]?.expected).toMatch(/nested at most/)
  })

  it("never throws, whatever the input", () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom")
        },
        has: () => {
          throw new Error("boom")
        },
        getOwnPropertyDescriptor: () => {
          throw new Error("boom")
        },
      },
    )
    expect(logFilesIn(hostile).failures).toHaveLength(1)
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        const found = logFilesIn(input)
        expect(found.files.length + found.skipped.length + found.failures.length).toBeGreaterThanOrEqual(0)
      }),
      { seed: 16 },
    )
  })

  it("never throws on any fixture mutated anywhere", () => {
    const fixtures = names.map((name) => fixture(`notifications/${name}`))
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures).chain((value) => mutation(value as never)),
        (mutated) => {
          const found = logFilesIn(mutated)
          for (const file of found.files) expect(typeof file.key).toBe("string")
        },
      ),
      { seed: 16, numRuns: 300 },
    )
  })
})
