import { decodeMediaConvertEvent } from "../../mediaconvert/decode"
import { MEDIACONVERT_EVENT_SOURCE, type MediaConvertEvent } from "../../mediaconvert/event"
import type { ReadOptions } from "../input"
import type {
  ColumnsFound,
  ContainerKind,
  EventFound,
  FailureFound,
  InsightFound,
  Skipped,
  Summary,
} from "../results"
import { Sink } from "../results"
import { selectionOf } from "../selection"
import { readInto } from "./read-chunks"

/**
 * A MediaConvert record that decoded as a {@link MediaConvertEvent}: narrowing on `eventName`
 * gives that operation's `requestParameters` and `responseElements`.
 *
 * @example
 * import type { MediaConvertEventFound } from "mediaconvert-cloudtrail"
 * const jobOf = (found: MediaConvertEventFound) =>
 *   found.record.eventName === "CreateJob" ? found.record.responseElements?.job?.id : undefined
 * @category Containers
 * @since 0.2.0
 */
export interface MediaConvertEventFound {
  readonly _tag: "record"
  readonly record: MediaConvertEvent
  readonly path: string
}

/**
 * One result of {@link mediaConvertEventsFrom}: a MediaConvert event, or a failure (with its
 * full path, `$.Records[12].requestParameters.settings…`, and the input it could not decode),
 * or something recognised and not decoded (an insight, MediaConvert's own EventBridge event, a
 * Lake row without `eventJson`, a digest file, a notification).
 *
 * @example
 * import type { MediaConvertResult } from "mediaconvert-cloudtrail"
 * const label = (result: MediaConvertResult) => (result._tag === "record" ? result.record.eventName : result._tag)
 * @category Containers
 * @since 0.2.0
 */
export type MediaConvertResult =
  | MediaConvertEventFound
  | InsightFound
  | FailureFound
  | EventFound
  | ColumnsFound
  | Skipped

/**
 * The counts of a read for MediaConvert events: those of {@link Summary}, and the records of
 * other services passed over, by `eventSource` (`"(none)"` for a record without one).
 *
 * @example
 * import { mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * const { summary } = mediaConvertEventsFrom('{"Records":[]}')
 * console.log(summary.passedOver, summary.passedOverBy) // 0 {}
 * @category Containers
 * @since 0.2.0
 */
export interface MediaConvertSummary extends Summary {
  readonly passedOver: number
  readonly passedOverBy: Readonly<Record<string, number>>
}

/**
 * Everything {@link mediaConvertEventsFrom} found: the container, one result per MediaConvert
 * record (in order), and the counts.
 *
 * @example
 * import { type MediaConvertEvents, mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * const found: MediaConvertEvents = mediaConvertEventsFrom('{"Records":[]}')
 * console.log(found.container) // "s3-log-file"
 * @category Containers
 * @since 0.2.0
 */
export interface MediaConvertEvents {
  readonly container: ContainerKind
  readonly results: ReadonlyArray<MediaConvertResult>
  readonly summary: MediaConvertSummary
}

/**
 * How {@link mediaConvertEventsFrom} reads: the caps of {@link ReadOptions}; the selection is
 * MediaConvert's.
 *
 * @example
 * import type { MediaConvertReadOptions } from "mediaconvert-cloudtrail"
 * const options: MediaConvertReadOptions = { maxBytes: 256 * 1024 * 1024 }
 * @category Containers
 * @since 0.2.0
 */
export type MediaConvertReadOptions = Omit<ReadOptions, "eventSources">

/**
 * MediaConvert events in one step, from whatever holds them (everything {@link recordsFrom}
 * reads: log files as bytes, gzipped or not, or text; EventBridge, CloudWatch Logs, SNS,
 * LookupEvents, Lake, JSON Lines). Records of other services are picked out from their text
 * and never parsed where the text is clear, then counted in `summary.passedOverBy`; each
 * MediaConvert record is decoded as a {@link MediaConvertEvent}, and one that does not decode
 * is a failure with its full path in the container and its input. The results are those of
 * parsing every record, keeping `eventSource` `mediaconvert.amazonaws.com` and decoding with
 * `decodeMediaConvertEvent`. Synchronous; never throws.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { formatFailure, mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * // A Lambda handler on a trail's S3 bucket, an EventBridge rule or a CloudWatch Logs subscription:
 * export const handler = async (event: unknown) => {
 *   const { results, summary } = mediaConvertEventsFrom(event)
 *   for (const result of results) {
 *     if (result._tag === "record" && result.record.eventName === "CreateJob")
 *       console.log(result.record.requestParameters?.role)
 *     else if (result._tag === "failure") console.error(formatFailure(result.failure))
 *   }
 *   return summary // { decoded, failed, skipped, skippedBy, passedOver, passedOverBy }
 * }
 * @category Containers
 * @since 0.2.0
 */
export const mediaConvertEventsFrom = (
  input: unknown,
  options: MediaConvertReadOptions = {},
): MediaConvertEvents => {
  const sink = new Sink(decodeMediaConvertEvent, { selection: selectionOf([MEDIACONVERT_EVENT_SOURCE]) })
  return sink.doneSelected(readInto(input, options, sink))
}
