import { member } from "../../codec/read"
import { describeValue } from "../../failure"
import {
  base64,
  DEFAULT_MAX_LOGS_DATA_BYTES,
  gunzip,
  index,
  isGzip,
  parseJson,
  type ReadOptions,
  type Segments,
  utf8,
} from "../input"
import type { Records, Sink } from "../results"
import { decodeContainer } from "./decode-container"

/**
 * A CloudWatch Logs subscription event as Lambda receives it: the payload is gzipped JSON,
 * base64-encoded, in `awslogs.data` (`@types/aws-lambda`'s `CloudWatchLogsEvent` fits it).
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 * @example
 * import type { CloudWatchLogsEnvelope } from "mediaconvert-cloudtrail"
 * const event: CloudWatchLogsEnvelope = { awslogs: { data: "H4sIAAAAAAAA…" } }
 * @category Containers
 * @since 0.1.0
 */
export interface CloudWatchLogsEnvelope {
  readonly awslogs: { readonly data: string }
}

/**
 * The decoded CloudWatch Logs payload: each log event's `message` is one CloudTrail record as
 * JSON text. `messageType` `CONTROL_MESSAGE` is a health check without records.
 *
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/SubscriptionFilters.html
 * @example
 * import type { CloudWatchLogsPayload } from "mediaconvert-cloudtrail"
 * const payload: CloudWatchLogsPayload = { messageType: "CONTROL_MESSAGE", owner: "CloudwatchLogs", logGroup: "", logStream: "", subscriptionFilters: [], logEvents: [{ id: "", timestamp: 1712252726000, message: "CWL CONTROL MESSAGE: Checking health of destination Lambda." }] }
 * @category Containers
 * @since 0.1.0
 */
export interface CloudWatchLogsPayload {
  readonly messageType: string
  readonly owner?: string
  readonly logGroup?: string
  readonly logStream?: string
  readonly subscriptionFilters?: ReadonlyArray<string>
  readonly logEvents: ReadonlyArray<{
    readonly id?: string
    readonly timestamp?: number
    readonly message: string
  }>
}

/** Reads a decoded payload `{messageType, logEvents}`. */
export const logsPayloadInto = (value: unknown, at: Segments, sink: Sink): void => {
  const messageType = member(value, "messageType")
  const logEvents = member(value, "logEvents")
  if (messageType === "CONTROL_MESSAGE") {
    const first = Array.isArray(logEvents) ? member(logEvents[0], "message") : undefined
    sink.skip(
      "control-message",
      `CloudWatch Logs health check${typeof first === "string" ? `: ${first.slice(0, 120)}` : ""}`,
      at,
    )
    return
  }
  const where = [...at, "logEvents"]
  if (!Array.isArray(logEvents)) {
    sink.failAt(where, "a list of log events", describeValue(logEvents))
    return
  }
  for (let i = 0; i < logEvents.length; i++)
    sink.recordText(
      member(logEvents[i], "message"),
      [...index(where, i), "message"],
      "a log event message holding a record as JSON text",
    )
}

/** Reads `{awslogs: {data}}`: base64, then gzip (capped), then JSON, then the payload. */
export const awslogsInto = (value: unknown, at: Segments, sink: Sink, options: ReadOptions): void => {
  const where = [...at, "awslogs", "data"]
  const data = member(member(value, "awslogs"), "data")
  if (typeof data !== "string") {
    sink.failAt(where, "base64 text of gzipped JSON", describeValue(data))
    return
  }
  const bytes = base64(data)
  if (bytes === undefined) {
    sink.failAt(where, "base64 text of gzipped JSON", `text that is not base64: ${describeValue(data)}`)
    return
  }
  const inflated = isGzip(bytes)
    ? gunzip(bytes, options.maxLogsDataBytes ?? DEFAULT_MAX_LOGS_DATA_BYTES, where)
    : ({ _tag: "Right", right: bytes } as const)
  const text = inflated._tag === "Left" ? inflated : utf8(inflated.right, where)
  const parsed = text._tag === "Left" ? text : parseJson(text.right, where)
  if (parsed._tag === "Left") sink.failure(parsed.left, where)
  else logsPayloadInto(parsed.right, where, sink)
}

/**
 * Reads a CloudWatch Logs subscription event as a Lambda handler receives it
 * (`{awslogs: {data}}`), or its payload already decoded (`{messageType, logEvents}`, as
 * Kinesis or Firehose consumers often hold it). One result per log event, with paths such as
 * `$.awslogs.data.logEvents[3].message.userIdentity.type`; a health check is reported as
 * skipped (`control-message`). Bad base64, corrupt gzip or a payload that inflates past
 * `maxLogsDataBytes` is a failure at `$.awslogs.data`. Never throws.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html
 * @example
 * import { decodeCloudWatchLogsEvent } from "mediaconvert-cloudtrail"
 * const payload = { messageType: "DATA_MESSAGE", logEvents: [{ id: "1", timestamp: 1712252726000, message: '{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"GetJob","userIdentity":{"type":"Root"}}' }] }
 * console.log(decodeCloudWatchLogsEvent(payload).summary.decoded) // 1
 * @category Containers
 * @since 0.1.0
 */
export const decodeCloudWatchLogsEvent = (event: unknown, options: ReadOptions = {}): Records =>
  decodeContainer(event, options, "cloudwatch-logs", (value, sink) => {
    if (member(value, "awslogs") !== undefined) awslogsInto(value, [], sink, options)
    else if (member(value, "logEvents") !== undefined || member(value, "messageType") !== undefined)
      logsPayloadInto(value, [], sink)
    else {
      sink.failAt(
        [],
        "a CloudWatch Logs event: an object with awslogs.data or logEvents",
        describeValue(value),
      )
      return "unknown"
    }
    return "cloudwatch-logs"
  })
