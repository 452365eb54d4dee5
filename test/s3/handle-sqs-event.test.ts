import { createReadStream, readFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { LogFileFound } from "../../src"
import { type SourcedResult, streamMediaConvertEvents } from "../../src/node"
import { handleSqsEvent, type MessageFailure, type ObjectReader, s3ObjectReader } from "../../src/s3"
import { fixture, fixtureNames, fixturesDir } from "../helpers/fixtures"
import { type LocalS3, startLocalS3 } from "../helpers/s3-server"

// End to end against a real S3 API (s3rver on 127.0.0.1): log objects uploaded with
// @aws-sdk/client-s3, notifications shaped as S3, SNS, SQS and EventBridge deliver them, and
// faults injected by a proxy in front of the server. Nothing here is timed: the stall timeout
// is generous and only bounds how long the stalled reads take to give up.
const STALL_TIMEOUT_MS = 5_000

const bucket = "amzn-s3-demo-bucket"
const container = (name: string) => readFileSync(join(fixturesDir, "containers", name))
const name = (minute: number, id = "AbCdEfGh12345678") =>
  `111122223333_CloudTrail_us-west-2_20240404T17${String(minute).padStart(2, "0")}Z_${id}.json.gz`
const day = "AWSLogs/111122223333/CloudTrail/us-west-2/2024/04/04/"
const K1 = `${day}${name(45)}`
const K2 = `media logs+trail/${day}${name(50, "IjKlMnOp12345678")}`
const K3 = `${day}${name(55, "QrStUvWx12345678")}`
const keys = {
  corrupt: `corrupt records/${day}${name(0)}`,
  missing: `missing/${day}${name(1)}`,
  truncated: `truncated/${day}${name(2)}`,
  serverError: `fault-500/${day}${name(3)}`,
  stallAnswer: `fault-stall-answer/${day}${name(4)}`,
  stallBody: `fault-stall-body/${day}${name(5)}`,
  cut: `fault-cut/${day}${name(6)}`,
  callback: `callback fails/${day}${name(7)}`,
}

/** Each log object's records, read from the fixtures they were uploaded from. */
const recordsIn = (file: string): number =>
  (JSON.parse(readFileSync(join(fixturesDir, "containers", file), "utf8")) as { Records: unknown[] }).Records
    .length
const recordsPerObject = recordsIn("log-file.json")

/** A key as S3 writes it in a notification: form-encoded, slashes kept. */
const encoded = (key: string) => encodeURIComponent(key).replace(/%20/g, "+").replace(/%2F/g, "/")

type SqsEvent = { Records: Array<Record<string, unknown> & { messageId: string; body: string }> }
/** An SQS event of one message per body, shaped as the fixture of an S3 notification through SQS. */
const sqsEvent = (bodies: ReadonlyArray<string>): SqsEvent => {
  const template = (fixture("notifications/sqs-s3-event.json") as SqsEvent).Records[0]
  return {
    Records: bodies.map(
      (body, i) => ({ ...template, messageId: `message-${i}`, body }) as SqsEvent["Records"][0],
    ),
  }
}
/** The body S3 sends to SQS for a new object at `key`, from the fixture's own message. */
const s3Body = (key: string): string => {
  const body = JSON.parse((fixture("notifications/sqs-s3-event.json") as SqsEvent).Records[0]?.body ?? "")
  body.Records[0].s3.object.key = encoded(key)
  return JSON.stringify(body)
}

interface Run {
  readonly failed: ReadonlyArray<string>
  readonly failures: ReadonlyArray<MessageFailure>
  readonly byKey: Map<string, SourcedResult[]>
}
const run = async (s3: LocalS3 | undefined, event: unknown, faulty = false): Promise<Run> => {
  if (s3 === undefined) throw new Error("the local S3 server did not start")
  const byKey = new Map<string, SourcedResult[]>()
  const failures: MessageFailure[] = []
  const response = await handleSqsEvent(event, {
    read: s3ObjectReader(faulty ? s3.faulty : s3.client, { stallTimeoutMs: STALL_TIMEOUT_MS }),
    onResult: (result, { file }: { file: LogFileFound }) => {
      if (file.key === keys.callback && result._tag === "record") throw new Error("the sink is down")
      byKey.set(file.key, [...(byKey.get(file.key) ?? []), result])
    },
    onMessageFailure: (failure) => failures.push(failure),
  })
  return { failed: response.batchItemFailures.map((item) => item.itemIdentifier), failures, byKey }
}
const decoded = (results: ReadonlyArray<SourcedResult> | undefined) =>
  (results ?? []).filter((result) => result._tag === "record").length

let s3: LocalS3 | undefined
beforeAll(async () => {
  s3 = await startLocalS3([bucket])
  await s3.put(bucket, K1, container("log-file.json.gz"))
  await s3.put(bucket, K2, container("log-file.json"))
  await s3.put(bucket, K3, container("log-file.json.gz"))
  await s3.put(bucket, keys.corrupt, container("corrupt-middle.json.gz"))
  await s3.put(bucket, keys.truncated, container("truncated.json.gz"))
  for (const key of [keys.stallBody, keys.cut, keys.callback])
    await s3.put(bucket, key, container("log-file.json.gz"))
})
afterAll(async () => {
  await s3?.close()
})

describe("handleSqsEvent against a local S3 server", () => {
  const sqsFixtures = fixtureNames("notifications").filter((file) => file.startsWith("sqs-"))

  it.each(sqsFixtures)(
    "reads every log file named by %s, gzipped or not, and fails no message",
    async (file) => {
      const event = fixture(`notifications/${file}`)
      const { failed, byKey } = await run(s3, event)
      expect(failed).toStrictEqual([])
      const named = (
        fixture("notifications/expected/log-files.json") as Record<string, { files: { key: string }[] }>
      )[file]?.files.map((f) => f.key)
      expect(named?.length).toBeGreaterThan(0)
      for (const key of named ?? []) {
        expect(decoded(byKey.get(key)), key).toBe(recordsPerObject)
        expect(byKey.get(key)?.every((result) => result.source === `s3://${bucket}/${key}`)).toBe(true)
      }
    },
  )

  it("fails exactly the messages whose objects cannot be read, or that are not notifications, and delivers every good record of the others", async () => {
    const bodies = [
      s3Body(K1), // 0 good, gzipped
      s3Body(keys.missing), // 1 NoSuchKey
      s3Body(keys.truncated), // 2 gzip data that ends early
      s3Body(keys.serverError), // 3 500 on every try
      s3Body(keys.stallAnswer), // 4 no answer
      s3Body(keys.stallBody), // 5 headers, then nothing
      s3Body(keys.cut), // 6 connection closed mid-body
      "this is not a notification", // 7
      s3Body(K2), // 8 good, plain, key with a space and a plus
      s3Body(keys.corrupt), // 9 bad records inside a readable object: results, not a failure
      JSON.stringify(fixture("notifications/s3-test-event.json")), // 10 skipped
      s3Body(keys.callback), // 11 the callback throws
    ]
    const { failed, failures, byKey } = await run(s3, sqsEvent(bodies), true)
    expect(failed).toStrictEqual([1, 2, 3, 4, 5, 6, 7, 11].map((i) => `message-${i}`))
    const reasons = Object.fromEntries(failures.map((failure) => [failure.messageId, failure.reason]))
    expect(reasons).toStrictEqual({
      "message-1": "unreadable",
      "message-2": "unreadable",
      "message-3": "unreadable",
      "message-4": "unreadable",
      "message-5": "unreadable",
      "message-6": "unreadable",
      "message-7": "not-a-notification",
      "message-11": "callback-failed",
    })
    const detail = Object.fromEntries(failures.map((failure) => [failure.messageId, failure.detail]))
    expect(detail["message-2"]).toMatch(/complete gzip data/)
    expect(detail["message-4"]).toMatch(/stallTimeoutMs/)
    expect(detail["message-5"]).toMatch(/stallTimeoutMs/)
    expect(decoded(byKey.get(K1))).toBe(recordsPerObject)
    expect(decoded(byKey.get(K2))).toBe(recordsPerObject)
    const corrupt = byKey.get(keys.corrupt) ?? []
    expect(corrupt.some((result) => result._tag === "failure")).toBe(true)
    expect(decoded(corrupt)).toBeGreaterThan(0)
    // Records read before a truncated gzip stream ends are delivered too.
    expect(byKey.get(keys.truncated)?.at(-1)?._tag).toBe("failure")
  })

  it("hands MediaConvert events, typed, to the callback when given streamMediaConvertEvents", async () => {
    if (s3 === undefined) throw new Error("the local S3 server did not start")
    const names: string[] = []
    const response = await handleSqsEvent(sqsEvent([s3Body(K1), s3Body(K2)]), {
      read: s3ObjectReader(s3.client, { stallTimeoutMs: STALL_TIMEOUT_MS }),
      stream: streamMediaConvertEvents,
      onResult: (result) => {
        // The record is a MediaConvertEvent: narrowing on eventName gives the operation's types.
        if (result._tag === "record") names.push(result.record.eventName)
      },
    })
    expect(response.batchItemFailures).toStrictEqual([])
    expect(names).toHaveLength(2 * recordsPerObject)
    const fromFile = (
      JSON.parse(readFileSync(join(fixturesDir, "containers", "log-file.json"), "utf8")) as {
        Records: Array<{ eventName: string }>
      }
    ).Records.map((record) => record.eventName)
    // Two messages are read at once, so their results may interleave: compare as sets of names.
    expect([...names].sort()).toStrictEqual([...fromFile, ...fromFile].sort())
  })

  it("answers an event that is not an SQS event with no failures to report, and never throws", async () => {
    for (const event of [undefined, null, 42, "text", { Records: "no" }, { Records: [{ body: "{}" }] }]) {
      const { failed, failures } = await run(s3, event)
      expect(failed).toStrictEqual([])
      expect(failures).toHaveLength(1)
    }
  })
})

/**
 * How long the handler may run before it must answer, in the test below. It is the test's only
 * clock: the hanging reads are waited for this long, and the others (three small local files)
 * must be done by then, so it is generous for a machine with both cores busy (it was 1 s).
 */
const DEADLINE_MS = 5_000

describe("handleSqsEvent near the function's timeout", () => {
  it("returns before the end with every unfinished message failed, and the finished ones not", async () => {
    const hangs: ObjectReader = (_bucket, key) =>
      key.startsWith("hangs/")
        ? {
            [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<Uint8Array>>(() => {}) }),
          }
        : createReadStream(join(fixturesDir, "containers", "log-file.json.gz"))
    const bodies = [s3Body(K1), s3Body(`hangs/${K1}`), s3Body(K2), s3Body(K3), s3Body(`hangs/${K2}`)]
    const failures: MessageFailure[] = []
    let records = 0
    const response = await handleSqsEvent(sqsEvent(bodies), {
      read: hangs,
      concurrency: 2,
      remainingTimeMs: () => DEADLINE_MS + 1_000,
      reserveMs: 1_000,
      onResult: (result) => {
        if (result._tag === "record") records++
      },
      onMessageFailure: (failure) => failures.push(failure),
    })
    const failed = response.batchItemFailures.map((item) => item.itemIdentifier)
    // Two workers: both end up waiting on a hanging read, so message 4 may never start.
    expect(failed).toContain("message-1")
    expect(failed).toContain("message-4")
    expect(failed).not.toContain("message-0")
    expect(failures.every((failure) => failure.reason === "out-of-time")).toBe(true)
    expect(records).toBe(recordsPerObject * (bodies.length - failed.length))
  })
})
