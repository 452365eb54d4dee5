// The recogniser: what a parsed value is, told by its keys, and which container's rules read
// it (one file per container beside this one). Text met inside a value (a string, an SNS
// message) is handed back to the reader that cuts text (reading/), which calls it in turn.
import { member } from "../../codec/read"
import { describeValue } from "../../failure"
import type { ReadOptions } from "../input"
import { index, type Segments } from "../input"
import type { ContainerKind, Sink } from "../results"
import { awslogsInto, logsPayloadInto } from "./cloudwatch-logs"
import { eventBridgeInto } from "./eventbridge"
import { lakeInto } from "./lake"
import { digestInto, isDigest, logFileInto } from "./log-file"
import { lookupEventsInto } from "./lookup-events"

/** What a `Records` list holds, told by its first element. */
export type RecordsKind = "s3-log-file" | "sns" | "s3-notification"

/** Reads text found inside a value (reading/ gives it): says what the text held. */
export type ReadText = (text: string, at: Segments, sink: Sink) => ContainerKind

const EXPECTED = "a CloudTrail record or a container of records"

const has = (value: object, key: string): boolean => Object.hasOwn(value, key)

/** One message of an SNS event: CloudTrail's notice, or its validation text. */
const snsRecordInto = (record: unknown, at: Segments, sink: Sink, readText: ReadText): void => {
  const where = [...at, "Sns", "Message"]
  const message = member(member(record, "Sns"), "Message")
  if (typeof message === "string") readText(message, where, sink)
  else sink.failAt(where, "an SNS message", describeValue(message), { input: record })
}

/** One S3 event notification: it names a log file that was written; the records are in the file. */
const s3NotificationInto = (record: unknown, at: Segments, sink: Sink): void => {
  const key = member(member(member(record, "s3"), "object"), "key")
  sink.skip(
    "log-file-notification",
    `S3 notification for ${typeof key === "string" ? key : "an object"}; read the file for its records`,
    at,
  )
}

/**
 * What a top-level `Records` list holds, told by its first
 * element: SNS messages, S3 event notifications, or CloudTrail records (a log file). The
 * streaming reader asks the same question of the first element it cuts.
 */
export const recordsKindOf = (first: unknown): RecordsKind => {
  if (member(first, "Sns") !== undefined) return "sns"
  if (member(first, "eventSource") === "aws:s3" && member(first, "s3") !== undefined) return "s3-notification"
  return "s3-log-file"
}

/** Reads one element of a `Records` list of a known kind. */
export const recordsElementInto = (
  kind: RecordsKind,
  value: unknown,
  at: Segments,
  sink: Sink,
  readText: ReadText,
): void => {
  if (kind === "sns") snsRecordInto(value, at, sink, readText)
  else if (kind === "s3-notification") s3NotificationInto(value, at, sink)
  else sink.record(value, at)
}

/**
 * A parsed value, recognised by its keys (see docs/containers.md) and read by its container's
 * rules; text in it (a string value, an SNS message) is read by `readText`.
 */
export const valueInto = (
  value: unknown,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
  readText: ReadText,
): ContainerKind => {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) sink.record(value[i], index(at, i))
    return "record-list"
  }
  if (typeof value === "string") return readText(value, at, sink)
  if (typeof value !== "object" || value === null) {
    sink.failAt(at, EXPECTED, describeValue(value), { input: value })
    return "unknown"
  }
  if (has(value, "Records")) {
    const records = member(value, "Records")
    if (!Array.isArray(records)) {
      logFileInto(value, at, sink)
      return "s3-log-file"
    }
    const kind = recordsKindOf(records[0])
    const where = [...at, "Records"]
    for (let i = 0; i < records.length; i++)
      recordsElementInto(kind, records[i], index(where, i), sink, readText)
    return kind
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
  // One item of a LookupEvents response, as `aws cloudtrail lookup-events | jq -c '.Events[]'` gives it.
  if (has(value, "CloudTrailEvent") && (has(value, "EventId") || has(value, "EventName"))) {
    sink.recordText(member(value, "CloudTrailEvent"), [...at, "CloudTrailEvent"], "the record as JSON text")
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
  // A record: recognised by eventTime with eventSource and eventName, or eventType; the lead's
  // codec makes eventVersion, awsRegion and userIdentity optional, so they are not required.
  if (
    (has(value, "eventTime") &&
      ((has(value, "eventSource") && has(value, "eventName")) || has(value, "eventType"))) ||
    has(value, "eventVersion") ||
    has(value, "eventType") ||
    has(value, "eventSource")
  ) {
    sink.record(value, at)
    return "record"
  }
  sink.failAt(at, EXPECTED, describeValue(value), { input: value })
  return "unknown"
}
