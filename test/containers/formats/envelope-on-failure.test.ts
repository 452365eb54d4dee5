import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, expectTypeOf, it } from "vitest"
import {
  type CloudTrailRecord,
  identityOf,
  type MediaConvertEvent,
  type MediaConvertResult,
  mediaConvertEventsFrom,
  type RecordResult,
} from "../../../src/index"
import { streamMediaConvertEvents } from "../../../src/node"
import { fixture } from "../../helpers/fixtures"

// An audit keeps counting who called when only a MediaConvert payload is wrong: the failure
// carries the record decoded as a plain CloudTrail record (`envelope`), and the readers take
// `envelopeOnly`, which decodes MediaConvert's records as plain records.

const createJob = fixture("seed/CreateJob.json") as Record<string, unknown>
const deleteQueue = fixture("seed/DeleteQueue.json") as Record<string, unknown>
/** A member of requestParameters of the wrong type: the envelope is sound. */
const badPayload = {
  ...createJob,
  requestParameters: { ...(createJob.requestParameters as object), role: 42 },
}
/** A broken envelope: no event time. */
const { eventTime: _, ...badEnvelope } = deleteQueue
const s3Call = { ...deleteQueue, eventSource: "s3.amazonaws.com", eventName: "GetObject" }
const logFile = JSON.stringify({ Records: [createJob, badPayload, s3Call, badEnvelope] })

const work = mkdtempSync(join(tmpdir(), "envelope-on-failure-"))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const tags = (results: ReadonlyArray<{ readonly _tag: string }>) => results.map((result) => result._tag)

describe("a MediaConvert record whose payload alone is wrong", () => {
  it("is a failure that carries its envelope, a CloudTrail record; a broken envelope carries none", () => {
    const { results, summary } = mediaConvertEventsFrom(logFile)
    expect(tags(results)).toStrictEqual(["record", "failure", "failure"])
    const [, payload, envelope] = results
    if (payload?._tag !== "failure" || envelope?._tag !== "failure") throw new Error("expected two failures")
    expect(payload.failure.issues.map((issue) => issue.path)).toStrictEqual([
      "$.Records[1].requestParameters.role",
    ])
    expect(payload.envelope).toBe(payload.input)
    expect(payload.envelope?.eventType).toBe("AwsApiCall")
    expect(payload.envelope && identityOf(payload.envelope).label).toBe("assumed-role admin/example-admin")
    expect(envelope.failure.issues.map((issue) => issue.path)).toStrictEqual(["$.Records[3].eventTime"])
    expect(envelope).not.toHaveProperty("envelope")
    expect(summary).toMatchObject({ decoded: 1, failed: 2, passedOver: 1 })
  })

  it("decodes as its envelope with envelopeOnly, in memory and streamed", async () => {
    const found = mediaConvertEventsFrom(logFile, { envelopeOnly: true })
    expectTypeOf(found.results).toEqualTypeOf<ReadonlyArray<RecordResult>>()
    expectTypeOf(mediaConvertEventsFrom(logFile).results).toEqualTypeOf<ReadonlyArray<MediaConvertResult>>()
    expect(tags(found.results)).toStrictEqual(["record", "record", "failure"])
    expect(found.summary).toMatchObject({
      decoded: 2,
      failed: 1,
      passedOver: 1,
      passedOverBy: { "s3.amazonaws.com": 1 },
    })
    const who = found.results.flatMap((result) =>
      result._tag === "record"
        ? [
            `${(result.record as CloudTrailRecord & { eventName: string }).eventName} ${identityOf(result.record).label}`,
          ]
        : [],
    )
    expect(who).toStrictEqual([
      "CreateJob assumed-role admin/example-admin",
      "CreateJob assumed-role admin/example-admin",
    ])

    const file = join(work, "trail.json")
    writeFileSync(file, logFile)
    const streamed: string[] = []
    const envelopes = streamMediaConvertEvents(file, { envelopeOnly: true })
    for await (const result of envelopes) streamed.push(result._tag)
    expect(streamed).toStrictEqual(["record", "record", "failure"])
    expect(envelopes.summary()).toMatchObject({ decoded: 2, failed: 1, passedOver: 1 })

    const events = streamMediaConvertEvents(file)
    const failures: Array<CloudTrailRecord | undefined> = []
    for await (const result of events) {
      if (result._tag === "record") expectTypeOf(result.record).toEqualTypeOf<MediaConvertEvent>()
      if (result._tag === "failure") failures.push(result.envelope)
    }
    expect(failures.map((envelope) => envelope?.eventTime)).toStrictEqual([createJob.eventTime, undefined])
  })
})
