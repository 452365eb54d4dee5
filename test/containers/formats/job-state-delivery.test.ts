import { Readable } from "node:stream"
import { gzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { type MediaConvertResult, mediaConvertEventsFrom } from "../../../src"
import { streamMediaConvertEvents } from "../../../src/node"
import { fixture, fixtureNames } from "../../helpers/fixtures"

// Every way an aws.mediaconvert rule delivers its events, with MediaConvert's job-state events
// and a CloudTrail record (a CreateJob, as "AWS API Call via CloudTrail") among them: each form
// must give the same typed results, and nothing may be passed over or fail.

const createJob = {
  version: "0",
  id: "0000abcd-12ab-34cd-56ef-1234567890ab",
  "detail-type": "AWS API Call via CloudTrail",
  source: "aws.mediaconvert",
  account: "111122223333",
  time: "2024-04-04T18:05:35Z",
  region: "us-west-2",
  resources: [],
  detail: fixture("operations/CreateJob.success.json"),
}
const jobStates = fixtureNames("job-state").map((name) => fixture(`job-state/${name}`) as { id: string })
// AWS's samples share one placeholder id; real events each have their own.
const events: unknown[] = [createJob, ...jobStates.map((event, i) => ({ ...event, id: `event-${i}` }))]

const lines = events.map((event) => JSON.stringify(event)).join("\n")

const sqsBatch = (bodies: ReadonlyArray<string>) => ({
  Records: bodies.map((body, i) => ({
    messageId: `0000000${i}-aaaa-bbbb-cccc-dddddddddddd`,
    receiptHandle: "AQEBexample",
    body,
    attributes: { ApproximateReceiveCount: "1", SentTimestamp: "1712253935000" },
    messageAttributes: {},
    md5OfBody: "00000000000000000000000000000000",
    eventSource: "aws:sqs",
    eventSourceARN: "arn:aws:sqs:us-west-2:111122223333:mediaconvert-events",
    awsRegion: "us-west-2",
  })),
})

const logsPayload = {
  messageType: "DATA_MESSAGE",
  owner: "111122223333",
  logGroup: "/aws/events/mediaconvert",
  logStream: "example",
  subscriptionFilters: ["all"],
  logEvents: events.map((event, i) => ({
    id: `${i}`,
    timestamp: 1712253935000 + i,
    message: JSON.stringify(event),
  })),
}

/** The typed results, without their paths (which differ by container). */
const typed = (results: ReadonlyArray<MediaConvertResult>) =>
  results.map((result) =>
    result._tag === "jobState"
      ? { jobState: result.event }
      : result._tag === "record"
        ? { record: result.record }
        : { other: result._tag },
  )

const expected = typed(mediaConvertEventsFrom(events[0]).results).concat(
  ...events.slice(1).map((event) => typed(mediaConvertEventsFrom(event).results)),
)

describe("mediaConvertEventsFrom on every delivery form of a rule", () => {
  it("reads one event as a Lambda target receives it, typed by its status", () => {
    expect(expected.map((result) => Object.keys(result)[0])).toEqual([
      "record",
      ...jobStates.map(() => "jobState"),
    ])
    const [first] = mediaConvertEventsFrom(fixture("job-state/error.json")).results
    expect(
      first?._tag === "jobState" && first.event.detail.status === "ERROR" && first.event.detail.errorCode,
    ).toBe(1040)
    expect(first?.path).toBe("$")
  })

  const forms: ReadonlyArray<readonly [string, unknown]> = [
    ["an SQS batch whose bodies are events", sqsBatch(events.map((event) => JSON.stringify(event)))],
    ["an SQS batch as text", JSON.stringify(sqsBatch(events.map((event) => JSON.stringify(event))))],
    ["an array of events", events],
    ["an array of events as text", JSON.stringify(events)],
    ["JSON Lines", lines],
    ["concatenated JSON (Firehose to S3)", events.map((event) => JSON.stringify(event)).join("")],
    ["JSON Lines as gzipped bytes", gzipSync(lines)],
    ["a CloudWatch Logs payload (a log group target)", logsPayload],
    [
      "a CloudWatch Logs subscription event",
      { awslogs: { data: gzipSync(JSON.stringify(logsPayload)).toString("base64") } },
    ],
  ]
  for (const [form, input] of forms)
    it(`gives the same typed results from ${form}, passing nothing over`, () => {
      const { results, summary } = mediaConvertEventsFrom(input)
      expect(typed(results)).toEqual(expected)
      expect(summary.failed).toBe(0)
      expect(summary.passedOver).toBe(0)
      expect(summary.jobStates).toBe(jobStates.length)
      expect(summary.decoded).toBe(1)
    })

  it("names each event's place in the SQS batch and the log group", () => {
    const sqs = mediaConvertEventsFrom(sqsBatch(events.map((event) => JSON.stringify(event))))
    expect(sqs.container).toBe("sqs")
    expect(sqs.results[1]?.path).toBe("$.Records[1].body")
    expect(sqs.results[0]?.path).toBe("$.Records[0].body.detail")
    const logs = mediaConvertEventsFrom(logsPayload)
    expect(logs.results[2]?.path).toBe("$.logEvents[2].message")
  })

  it("fails a job-state event that does not decode at its member's path, keeping its neighbours", () => {
    const broken = {
      ...(fixture("job-state/error.json") as object),
      detail: { jobId: "1", timestamp: 1, status: "ERROR" },
    }
    const { results, summary } = mediaConvertEventsFrom(
      sqsBatch([JSON.stringify(broken), JSON.stringify(events[2])]),
    )
    expect(summary.failed).toBe(1)
    expect(summary.jobStates).toBe(1)
    expect(results[0]?._tag === "failure" && results[0].failure.issues.map((issue) => issue.path)).toEqual([
      "$.Records[0].body.detail.errorCode",
    ])
  })

  it("reads an SQS batch of other messages for what they are: S3 notifications skipped, SNS notices opened", () => {
    const s3 = JSON.stringify({
      Records: [{ eventSource: "aws:s3", s3: { object: { key: "AWSLogs/x.json.gz" } } }],
    })
    const sns = JSON.stringify({ Type: "Notification", Message: JSON.stringify(events[3]) })
    const { results, summary } = mediaConvertEventsFrom(sqsBatch([s3, sns, "not json"]))
    expect(results.map((result) => result._tag)).toEqual(["skipped", "jobState", "failure"])
    expect(summary.passedOver).toBe(0)
  })

  it("streams the same typed results with streamMediaConvertEvents", async () => {
    for (const input of [
      lines,
      JSON.stringify(sqsBatch(events.map((event) => JSON.stringify(event)))),
      JSON.stringify(events),
    ]) {
      const stream = streamMediaConvertEvents(Readable.from([Buffer.from(input)]))
      const streamed: MediaConvertResult[] = []
      for await (const result of stream) streamed.push(result)
      expect(typed(streamed)).toEqual(expected)
      expect(stream.summary().jobStates).toBe(jobStates.length)
    }
  })
})
