import { Readable } from "node:stream"
import type { S3Client } from "@aws-sdk/client-s3"
import { gzipSync } from "fflate"
import { describe, expect, it } from "vitest"
import { DEFAULT_MAX_OBJECTS, logFilesIn } from "../../src"
import { handleSqsEvent, type ObjectReader, s3ObjectReader } from "../../src/s3"

// Issue 23, item 7: a notification is data from whoever could write to the queue or topic.

const KEY =
  "AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T1745Z_AbCdEfGh12345678.json.gz"
const s3Record = (bucket: unknown, key: string, size?: unknown) => ({
  eventSource: "aws:s3",
  eventName: "ObjectCreated:Put",
  s3: {
    bucket: { name: bucket },
    object: { key: encodeURIComponent(key), ...(size === undefined ? {} : { size }) },
  },
})
const cloudTrailNotice = (keys: ReadonlyArray<string>) => ({
  s3Bucket: "amzn-s3-demo-bucket",
  s3ObjectKey: keys,
})
const found = (notification: unknown, options = {}) => {
  const { files, skipped, failures } = logFilesIn(notification, options)
  return {
    files: files.map((file) => `${file.bucket}/${file.key}`),
    skipped: skipped.map((each) => each.reason),
    failures: failures.map((failure) => `${failure.path}: ${failure.failure.issues[0]?.expected}`),
  }
}

describe("logFilesIn on nonsense", () => {
  it.each([
    ["a bucket that is a path", s3Record("../../../etc", KEY), "a bucket name"],
    ["a bucket with a slash", s3Record("trail/../x", KEY), "a bucket name"],
    ["a bucket with two dots", s3Record("trail..x", KEY), "a bucket name: no two dots in a row"],
    ["a NUL in a key", s3Record("trail", `${KEY}\u0000.json.gz`), "an object key: no control characters"],
    ["a line break in a key", s3Record("trail", `a\n${KEY}`), "an object key: no control characters"],
    [
      "a lone surrogate in a key",
      { s3Bucket: "trail", s3ObjectKey: [`${KEY}\ud800`] },
      "an object key: well-formed",
    ],
    ["a size of 1e18", s3Record("trail", KEY, 1e18), "an object size in bytes"],
    ["a negative size", s3Record("trail", KEY, -1), "an object size in bytes"],
    ["a size that is text", s3Record("trail", KEY, "12"), "an object size in bytes"],
  ])("reports %s as a failure at its path, naming nothing to read", (_, entry, expected) => {
    const listed = "s3ObjectKey" in entry
    const result = found(listed ? entry : { Records: [entry] })
    expect(result.files).toEqual([])
    expect(result.failures).toHaveLength(1)
    const path = listed ? "$.s3ObjectKey[0]" : "$.Records[0]"
    expect(result.failures[0]?.startsWith(`${path}: ${expected}`), result.failures[0]).toBe(true)
  })

  it("keeps a key with a space, a plus and accents (URL-encoded by S3), and a legacy bucket name", () => {
    const key =
      "AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/111122223333_CloudTrail_us-west-2_20240404T1745Z_Aé+ b.json.gz"
    const options = { isLogFile: () => true }
    expect(found({ Records: [s3Record("Legacy_Bucket", key, 12)] }, options).files).toEqual([
      `Legacy_Bucket/${key}`,
    ])
  })
})

describe("allow-lists of buckets and key prefixes", () => {
  const other =
    "AWSLogs/444455556666/CloudTrail/us-west-2/2024/04/04/444455556666_CloudTrail_us-west-2_20240404T1745Z_AbCdEfGh12345678.json.gz"
  const notification = {
    Records: [
      s3Record("amzn-s3-demo-bucket", KEY),
      s3Record("attacker-bucket", KEY),
      s3Record("amzn-s3-demo-bucket", other),
    ],
  }

  it("takes every bucket and key by default", () => {
    expect(found(notification).files).toHaveLength(3)
  })

  it("leaves out, as not-allowed, objects in other buckets or under other prefixes", () => {
    const options = { buckets: ["amzn-s3-demo-bucket"], keyPrefixes: ["AWSLogs/111122223333/"] }
    expect(found(notification, options)).toEqual({
      files: [`amzn-s3-demo-bucket/${KEY}`],
      skipped: ["not-allowed", "not-allowed"],
      failures: [],
    })
    expect(found(notification, { buckets: [] }).files).toEqual([])
  })
})

describe("objects per message", () => {
  it(`reads a key named 5,000 times once, and caps a message at ${DEFAULT_MAX_OBJECTS} objects`, async () => {
    const repeated = found(cloudTrailNotice(Array.from({ length: 5000 }, () => KEY)))
    expect(repeated.files).toHaveLength(1)
    expect(repeated.skipped).toHaveLength(4999)
    expect(new Set(repeated.skipped)).toEqual(new Set(["repeated"]))
    const many = Array.from({ length: DEFAULT_MAX_OBJECTS + 5 }, (_, i) =>
      KEY.replace("AbCdEfGh1234", `${i}`.padStart(12, "0")),
    )
    const capped = found(cloudTrailNotice(many))
    expect(capped.failures).toEqual([
      `$.s3ObjectKey[${DEFAULT_MAX_OBJECTS}]: at most ${DEFAULT_MAX_OBJECTS} objects in one message (maxObjects)`,
    ])
    expect(found(cloudTrailNotice(many.slice(0, 3)), { maxObjects: 2 }).failures).toHaveLength(1)
  })

  it("makes handleSqsEvent read a repeated key once, and fail only the message over the cap", async () => {
    const reads: string[] = []
    const bytes = gzipSync(new TextEncoder().encode('{"Records":[]}'))
    const read: ObjectReader = (bucket, key) => {
      reads.push(`${bucket}/${key}`)
      return Readable.from([bytes])
    }
    const body = (keys: ReadonlyArray<string>) => JSON.stringify(cloudTrailNotice(keys))
    const response = await handleSqsEvent(
      {
        Records: [
          { messageId: "repeats", body: body(Array.from({ length: 5000 }, () => KEY)) },
          {
            messageId: "too-many",
            body: body(["a", "b", "c"].map((id) => KEY.replace("AbCdEfGh", `${id}${id}${id}0000`))),
          },
        ],
      },
      { read, onResult: () => {}, maxObjects: 2 },
    )
    expect(reads).toEqual([`amzn-s3-demo-bucket/${KEY}`])
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: "too-many" }])
  })
})

describe("s3ObjectReader's expected bucket owner", () => {
  const client = (inputs: unknown[]) =>
    ({
      send: async (command: { input: unknown }) => {
        inputs.push(command.input)
        return { Body: Readable.from([Buffer.from("{}")]), ContentLength: 2 }
      },
    }) as unknown as S3Client

  it("sends ExpectedBucketOwner with GetObject when given, and nothing by default", async () => {
    const inputs: unknown[] = []
    for await (const _ of await s3ObjectReader(client(inputs), { expectedBucketOwner: "111122223333" })(
      "b-1",
      "k",
    ));
    for await (const _ of await s3ObjectReader(client(inputs))("b-2", "k"));
    expect(inputs).toEqual([
      { Bucket: "b-1", Key: "k", ExpectedBucketOwner: "111122223333" },
      { Bucket: "b-2", Key: "k" },
    ])
  })
})
