import { member } from "../../codec/read"
import { describeValue } from "../../failure"
import type { ReadOptions } from "../input"
import { index, type Segments } from "../input"
import type { Records, Sink } from "../results"
import { decodeContainer } from "./decode-container"

/** Whether a value is a CloudTrail digest file (hashes of log files, no records). */
export const isDigest = (value: unknown): boolean =>
  member(value, "digestStartTime") !== undefined && member(value, "logFiles") !== undefined

/** Reads `{"Records": [...]}`, one result per element. */
export const logFileInto = (value: unknown, at: Segments, sink: Sink): void => {
  const records = member(value, "Records")
  const where = [...at, "Records"]
  if (!Array.isArray(records)) {
    sink.failAt(where, "a list of records", describeValue(records))
    return
  }
  for (let i = 0; i < records.length; i++) sink.record(records[i], index(where, i))
}

/** Reports a digest file for what it is. */
export const digestInto = (value: unknown, at: Segments, sink: Sink): void => {
  const files = member(value, "logFiles")
  const count = Array.isArray(files) ? files.length : 0
  const start = member(value, "digestStartTime")
  sink.skip(
    "digest-file",
    `CloudTrail digest file${typeof start === "string" ? ` from ${start}` : ""} listing ${count} log file${count === 1 ? "" : "s"}`,
    at,
  )
}

/**
 * Reads a CloudTrail log file as S3 holds it, `{"Records": [...]}`: given parsed, as text, or
 * as bytes (gzipped or not; gzip is recognised by its first two bytes). One result per record,
 * in file order; a bad record is a failure at `$.Records[i]…` and its neighbours still come out.
 * A digest file is reported as skipped. Never throws.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html
 * @example
 * import { decodeLogFile } from "mediaconvert-cloudtrail"
 * const { results, summary } = decodeLogFile('{"Records":[{"eventVersion":"1.09","eventTime":"2024-04-04T17:45:26Z","awsRegion":"us-west-2","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListQueues","userIdentity":{"type":"Root"}},{"eventVersion":1}]}')
 * console.log(summary.decoded, summary.failed) // 1 1
 * console.log(results[1]?.path) // "$.Records[1]"
 * @category Containers
 * @since 0.1.0
 */
export const decodeLogFile = (input: unknown, options: ReadOptions = {}): Records =>
  decodeContainer(input, options, "s3-log-file", (value, sink) => {
    if (isDigest(value)) {
      digestInto(value, [], sink)
      return "digest-file"
    }
    if (member(value, "Records") === undefined) {
      sink.failAt([], 'a CloudTrail log file: an object with "Records"', describeValue(value))
      return "unknown"
    }
    logFileInto(value, [], sink)
    return "s3-log-file"
  })
