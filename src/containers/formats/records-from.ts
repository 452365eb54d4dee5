import { member } from "../../codec/read"
import { describeValue } from "../../failure"
import { splitterFor } from "../cutting/splitter"
import { bytesOf, textOfBytesPartly } from "../input/json-value"
import type { ReadOptions } from "../input/text"
import { PieceReader, type Recogniser, type RecordsKind } from "../reading/pieces"
import type { ContainerKind, Records } from "../results/result"
import { index, type Segments, Sink } from "../results/sink"
import { selectionOf } from "../selection/select"
import { awslogsInto, logsPayloadInto } from "./cloudwatch-logs"
import { eventBridgeInto } from "./eventbridge"
import { lakeInto } from "./lake"
import { digestInto, isDigest, logFileInto } from "./log-file"
import { lookupEventsInto } from "./lookup-events"

/** The text SNS delivers when CloudTrail is first given a topic. */
const VALIDATION_MESSAGE = "CloudTrail validation message."

const EXPECTED = "a CloudTrail record or a container of records"

/** How much text the splitter is given at a time. */
const SLICE = 1024 * 1024

const has = (value: object, key: string): boolean => Object.hasOwn(value, key)

/** Internal (not re-exported). Text: JSON values cut record by record (one container, several, JSON Lines), or the SNS validation message. */
export const textInto = (
  text: string,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
  brokenOff?: { readonly expected: string; readonly found: string },
): ContainerKind => {
  if (brokenOff === undefined && text.trim() === VALIDATION_MESSAGE) {
    sink.skip("validation-message", "the message CloudTrail sends when an SNS topic is configured", at)
    return "validation-message"
  }
  return piecesInto(text, at, sink, options, false, brokenOff)
}

/**
 * Internal (not re-exported). Cuts text with the one splitter and reads the pieces; with
 * `brokenOff`, the text is what was read before the input broke off, and a failure says so
 * where it stopped (as the streaming reader reports a gzip file that ends early).
 */
export const piecesInto = (
  text: string,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
  lines: boolean,
  brokenOff?: { readonly expected: string; readonly found: string },
): ContainerKind => {
  const reader = new PieceReader(sink, recogniser(options), at, lines)
  const splitter = splitterFor(Number.MAX_SAFE_INTEGER, lines, reader)
  // Fed a slice at a time, as a stream would be: the pieces of one slice are read before the
  // next is cut, so they never all sit in memory together.
  for (let start = 0; start < text.length; start += SLICE)
    for (const piece of splitter.push(text.slice(start, start + SLICE), reader)) reader.read(piece)
  if (brokenOff !== undefined) reader.brokenOff(splitter.where(), brokenOff.expected, brokenOff.found)
  else {
    for (const piece of splitter.end()) reader.read(piece)
    reader.finish(splitter.sawValue())
  }
  return reader.container()
}

/** One message of an SNS event: CloudTrail's notice, or its validation text. */
const snsRecordInto = (record: unknown, at: Segments, sink: Sink, options: ReadOptions): void => {
  const where = [...at, "Sns", "Message"]
  const message = member(member(record, "Sns"), "Message")
  if (typeof message === "string") textInto(message, where, sink, options)
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
 * Internal (not re-exported). What a top-level `Records` list holds, told by its first
 * element: SNS messages, S3 event notifications, or CloudTrail records (a log file). The
 * streaming reader asks the same question of the first element it cuts.
 */
export const recordsKindOf = (first: unknown): RecordsKind => {
  if (member(first, "Sns") !== undefined) return "sns"
  if (member(first, "eventSource") === "aws:s3" && member(first, "s3") !== undefined) return "s3-notification"
  return "s3-log-file"
}

/** Reads one element of a `Records` list of a known kind. */
const recordsElementInto = (
  kind: RecordsKind,
  value: unknown,
  at: Segments,
  sink: Sink,
  options: ReadOptions,
): void => {
  if (kind === "sns") snsRecordInto(value, at, sink, options)
  else if (kind === "s3-notification") s3NotificationInto(value, at, sink)
  else sink.record(value, at)
}

/** Internal (not re-exported). The container rules, for the reader of pieces. */
export const recogniser = (options: ReadOptions): Recogniser => ({
  value: (value, at, sink) => valueInto(value, at, sink, options),
  kindOf: recordsKindOf,
  element: (kind, value, at, sink) => recordsElementInto(kind, value, at, sink, options),
})

/** Internal (not re-exported). A parsed value: recognised by its keys (see docs/containers.md). */
export const valueInto = (value: unknown, at: Segments, sink: Sink, options: ReadOptions): ContainerKind => {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) sink.record(value[i], index(at, i))
    return "record-list"
  }
  if (typeof value === "string") return textInto(value, at, sink, options)
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
      recordsElementInto(kind, records[i], index(where, i), sink, options)
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
 *     else if (result._tag === "failure") console.error(formatFailure(result.failure)) // each line starts with its path
 *   }
 *   return { container, ...summary }
 * }
 * @category Containers
 * @since 0.1.0
 */
export const recordsFrom = (input: unknown, options: ReadOptions = {}): Records =>
  readInto(input, options, new Sink({ selection: selectionOf(options.eventSources) }))

/** Internal (not re-exported). Reads any input into a sink (which says what to keep and how to decode it). */
export const readInto = (input: unknown, options: ReadOptions, sink: Sink): Records => {
  let container: ContainerKind = "unknown"
  try {
    const bytes = bytesOf(input)
    if (bytes !== undefined) {
      const text = textOfBytesPartly(bytes, [], options)
      if (text._tag === "Left") sink.failure(text.left, [])
      else {
        container = textInto(text.right.text, [], sink, options, text.right.problem)
        if (text.right.trailing !== undefined) sink.skip("trailing-data", text.right.trailing, [])
      }
    } else container = valueInto(input, [], sink, options)
  } catch {
    sink.failAt([], EXPECTED, "a value that threw when read")
  }
  return sink.done(container)
}
