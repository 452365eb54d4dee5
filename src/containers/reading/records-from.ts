import { decodeRecord } from "../../record/decode"
import type { ReadOptions } from "../input"
import type { Records } from "../results"
import { Sink } from "../results"
import { selectionOf } from "../selection"
import { readInto } from "./read-chunks"

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
export const recordsFrom = (input: unknown, options: ReadOptions = {}): Records => {
  const sink = new Sink(decodeRecord, { selection: selectionOf(options.eventSources) })
  return sink.done(readInto(input, options, sink))
}
