import { member } from "../codec/read"
import { describeValue, jsonPath as jsonPathOf } from "../failure"
import { awslogsInto, logsPayloadInto } from "./cloudwatch-logs"
import { eventBridgeInto } from "./eventbridge"
import { bytesOf, textOfBytes } from "./input"
import { jsonLinesInto, looksLikeJsonLines } from "./json-lines"
import { lakeInto } from "./lake"
import { digestInto, isDigest, logFileInto } from "./log-file"
import { lookupEventsInto } from "./lookup-events"
import type { ContainerKind, Records } from "./result"
import { index, type Segments, Sink } from "./sink"
import { parseJson, type ReadOptions } from "./text"

/** The text SNS delivers when CloudTrail is first given a topic. */
const VALIDATION_MESSAGE = "CloudTrail validation message."

const EXPECTED = "a CloudTrail record or a container of records"

const has = (value: object, key: string): boolean => Object.hasOwn(value, key)

/** Internal (not re-exported). Text: JSON of one container, JSON Lines, or the SNS validation message. */
export const textInto = (text: string, at: Segments, sink: Sink, options: ReadOptions): ContainerKind => {
  if (text.trim() === VALIDATION_MESSAGE) {
    sink.skip("validation-message", "the message CloudTrail sends when an SNS topic is configured", at)
    return "validation-message"
  }
  const parsed = parseJson(text, jsonPathOf(at))
  if (parsed._tag === "Right") return valueInto(parsed.right, at, sink, options)
  if (looksLikeJsonLines(text)) {
    jsonLinesInto(text, at, sink, (value, where, s) => {
      valueInto(value, where, s, options)
    })
    return "json-lines"
  }
  sink.failure(parsed.left, at)
  return "unknown"
}

/** An SNS event delivered to Lambda: each message is CloudTrail's notice, or its validation text. */
const snsInto = (records: ReadonlyArray<unknown>, at: Segments, sink: Sink, options: ReadOptions): void => {
  for (let i = 0; i < records.length; i++) {
    const where = [...index([...at, "Records"], i), "Sns", "Message"]
    const message = member(member(records[i], "Sns"), "Message")
    if (typeof message === "string") textInto(message, where, sink, options)
    else sink.failAt(where, "an SNS message", describeValue(message))
  }
}

/** An S3 event notification: each names a log file that was written; the records are in the file. */
const s3NotificationInto = (records: ReadonlyArray<unknown>, at: Segments, sink: Sink): void => {
  for (let i = 0; i < records.length; i++) {
    const key = member(member(member(records[i], "s3"), "object"), "key")
    sink.skip(
      "log-file-notification",
      `S3 notification for ${typeof key === "string" ? key : "an object"}; read the file for its records`,
      index([...at, "Records"], i),
    )
  }
}

/** Internal (not re-exported). A parsed value: recognised by its keys (see docs/containers.md). */
export const valueInto = (value: unknown, at: Segments, sink: Sink, options: ReadOptions): ContainerKind => {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) sink.record(value[i], index(at, i))
    return "record-list"
  }
  if (typeof value === "string") return textInto(value, at, sink, options)
  if (typeof value !== "object" || value === null) {
    sink.failAt(at, EXPECTED, describeValue(value))
    return "unknown"
  }
  if (has(value, "Records")) {
    const records = member(value, "Records")
    const first = Array.isArray(records) ? records[0] : undefined
    if (Array.isArray(records) && member(first, "Sns") !== undefined) {
      snsInto(records, at, sink, options)
      return "sns"
    }
    if (
      Array.isArray(records) &&
      member(first, "eventSource") === "aws:s3" &&
      member(first, "s3") !== undefined
    ) {
      s3NotificationInto(records, at, sink)
      return "sns"
    }
    logFileInto(value, at, sink)
    return "s3-log-file"
  }
  if (isDigest(value)) {
    digestInto(value, at, sink)
    return "digest-file"
  }
  if (has(value, "detail-type")) {
    eventBridgeInto(value, at, sink)
    return "eventbridge"
  }
  if (has(value, "awslogs")) {
    awslogsInto(value, at, sink, options)
    return "cloudwatch-logs"
  }
  if (has(value, "logEvents") && has(value, "messageType")) {
    logsPayloadInto(value, at, sink)
    return "cloudwatch-logs"
  }
  if (has(value, "Events")) {
    lookupEventsInto(value, at, sink)
    return "lookup-events"
  }
  if (has(value, "QueryResultRows") || has(value, "QueryStatus")) {
    lakeInto(value, at, sink)
    return "lake-query-results"
  }
  if (has(value, "s3ObjectKey")) {
    const keys = member(value, "s3ObjectKey")
    const count = Array.isArray(keys) ? keys.length : 0
    sink.skip("log-file-notification", `CloudTrail notification of ${count} log file(s) written to S3`, at)
    return "sns"
  }
  if (has(value, "eventVersion") || has(value, "eventType") || has(value, "eventSource")) {
    sink.record(value, at)
    return "record"
  }
  sink.failAt(at, EXPECTED, describeValue(value))
  return "unknown"
}

/**
 * Finds the records in whatever holds them, recognising the container by its shape: an S3 log
 * file `{"Records": [...]}` (parsed, text, or bytes, gzipped or not), an EventBridge event, a
 * CloudWatch Logs subscription event (`{awslogs: {data}}`) or its decoded payload, a
 * LookupEvents response, CloudTrail Lake query results, an SNS event, a bare record, a list of
 * records, or JSON Lines text. Digest files, Insights records, MediaConvert's own EventBridge
 * events, health checks and notifications are reported for what they are.
 *
 * One result per record, in order, each with its JSON path in the container; a bad record is a
 * failure and every good one still comes out. Synchronous, and it never throws, whatever the input.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html
 * @example
 * import { formatFailure, recordsFrom } from "mediaconvert-cloudtrail"
 * // A Lambda handler that may be wired to EventBridge, CloudWatch Logs or S3 bytes alike:
 * export const handler = async (event: unknown) => {
 *   const { container, results, summary } = recordsFrom(event)
 *   for (const result of results) {
 *     if (result._tag === "record") console.log(result.record.eventTime)
 *     else if (result._tag === "failure") console.error(result.path, formatFailure(result.failure))
 *   }
 *   return { container, ...summary }
 * }
 * @since 0.1.0
 */
export const recordsFrom = (input: unknown, options: ReadOptions = {}): Records => {
  const sink = new Sink()
  let container: ContainerKind = "unknown"
  try {
    const bytes = bytesOf(input)
    if (bytes !== undefined) {
      const text = textOfBytes(bytes, [], options)
      if (text._tag === "Left") sink.failure(text.left, [])
      else container = textInto(text.right, [], sink, options)
    } else container = valueInto(input, [], sink, options)
  } catch {
    sink.failAt([], EXPECTED, "a value that threw when read")
  }
  return sink.done(container)
}
