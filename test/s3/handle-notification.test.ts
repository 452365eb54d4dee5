import { createReadStream } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { SourcedResult } from "../../src/node"
import { handleNotification, handleSqsEvent, type MessageFailure, type ObjectReader } from "../../src/s3"
import { fixture, fixturesDir } from "../helpers/fixtures"

// One notification, or one batch of keys from a listing, read through any ObjectReader: here
// every log object is a fixture on disk, and keys under "missing/" cannot be read.
const read: ObjectReader = async (_bucket, key) => {
  if (key.startsWith("missing/")) throw new Error("NoSuchKey: The specified key does not exist.")
  return createReadStream(
    join(fixturesDir, "containers", key.includes("Insight") ? "insight.json.gz" : "log-file.json.gz"),
  )
}
const name = "111122223333_CloudTrail_us-west-2_20240404T1745Z_AbCdEfGh12345678.json.gz"

const handle = async (notification: unknown, onResult?: (result: SourcedResult) => void) => {
  const results: SourcedResult[] = []
  const told: MessageFailure[] = []
  const failure = await handleNotification(notification, {
    read,
    onResult: (result) => {
      onResult?.(result)
      results.push(result)
    },
    onMessageFailure: (f) => told.push(f),
  })
  expect(told).toStrictEqual(failure === undefined ? [] : [failure])
  return { failure, results }
}

describe("handleNotification", () => {
  it("reads every log file of a Step Functions batch from a listing, and leaves the digest out", async () => {
    const { failure, results } = await handle(fixture("notifications/step-functions-batch.json"))
    expect(failure).toBeUndefined()
    expect(new Set(results.map((result) => result.source)).size).toBe(2)
    expect(results.every((result) => result._tag === "record")).toBe(true)
  })

  it("fails an input that is not a notification, reading nothing", async () => {
    const { failure, results } = await handle({ hello: "world" })
    expect(failure).toMatchObject({ reason: "not-a-notification", messageId: undefined, file: undefined })
    expect(results).toStrictEqual([])
  })

  it("fails at the first object that cannot be read, after the objects before it", async () => {
    const { failure, results } = await handle({
      s3Bucket: "trail",
      s3ObjectKey: [`ok/${name}`, `missing/${name}`, `later/${name}`],
    })
    expect(failure).toMatchObject({ reason: "unreadable", file: { key: `missing/${name}` } })
    expect(failure?.detail).toMatch(/^s3:\/\/trail\/missing\/.*NoSuchKey/)
    expect(results.filter((result) => result.source === `s3://trail/ok/${name}`).length).toBeGreaterThan(0)
    expect(results.some((result) => result.source === `s3://trail/later/${name}`)).toBe(false)
  })

  it("fails when onResult throws, and stops reading that object", async () => {
    let calls = 0
    const { failure } = await handle({ bucket: "trail", key: name }, () => {
      calls++
      throw new Error("the sink is down")
    })
    expect(failure).toMatchObject({ reason: "callback-failed", detail: "the sink is down" })
    expect(calls).toBe(1)
  })

  it("hands results of the stream function it is given", async () => {
    const sizes = async function* (bytes: AsyncIterable<Uint8Array>) {
      let size = 0
      for await (const chunk of bytes) size += chunk.length
      yield { _tag: "size" as const, size }
    }
    const tags: string[] = []
    const failure = await handleNotification(
      { bucket: "trail", key: name },
      { read, stream: sizes, onResult: (result) => void tags.push(`${result._tag} ${result.size > 0}`) },
    )
    expect(failure).toBeUndefined()
    expect(tags).toStrictEqual(["size true"])
  })
})

describe("the S3 handlers on arbitrary input", () => {
  it("never throw, and fail only what they were given", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withObjectString: true }), async (input) => {
        const failure = await handleNotification(input, { read, onResult: () => {} })
        expect(failure === undefined || typeof failure.detail === "string").toBe(true)
        const { batchItemFailures } = await handleSqsEvent({ Records: [input] }, { read, onResult: () => {} })
        expect(batchItemFailures.length).toBeLessThanOrEqual(1)
        await handleSqsEvent(input, { read, onResult: () => {} })
      }),
      { seed: 16, numRuns: 200 },
    )
  })
})
