import { decodeMediaConvertEvent } from "../../mediaconvert/decode"
import { MEDIACONVERT_EVENT_SOURCE, type MediaConvertEvent } from "../../mediaconvert/event"
import { decodeRecord } from "../../record/decode"
import type { ReadOptions } from "../input"
import type {
  ColumnsFound,
  ContainerKind,
  EventFound,
  FailureFound,
  InsightFound,
  JobStateFound,
  RecordResult,
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
 * One result of {@link mediaConvertEventsFrom}: a MediaConvert event, a job-state event
 * (`jobState`: MediaConvert's own "MediaConvert Job State Change", typed), or a failure (with its
 * full path, `$.Records[12].requestParameters.settings…`, and the input it could not decode),
 * or something recognised and not decoded (an insight, another EventBridge event, a
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
  | JobStateFound
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
 * MediaConvert's. `envelopeOnly` (since 0.2.0) decodes each MediaConvert record as a plain
 * CloudTrail record, leaving `requestParameters` and `responseElements` unchecked: an audit of
 * who called what keeps counting records whose payload this version cannot type (the command
 * line's `--envelope-only`).
 *
 * @example
 * import type { MediaConvertReadOptions } from "mediaconvert-cloudtrail"
 * const options: MediaConvertReadOptions = { maxBytes: 256 * 1024 * 1024, envelopeOnly: true }
 * @category Containers
 * @since 0.2.0
 */
export type MediaConvertReadOptions = Omit<ReadOptions, "eventSources"> & { readonly envelopeOnly?: boolean }

/**
 * What {@link mediaConvertEventsFrom} finds with `envelopeOnly: true`: MediaConvert's records
 * decoded as CloudTrail records (their envelope), and the counts with the records of other
 * services passed over.
 *
 * @example
 * import { type MediaConvertEnvelopes, mediaConvertEventsFrom } from "mediaconvert-cloudtrail"
 * const found: MediaConvertEnvelopes = mediaConvertEventsFrom('{"Records":[]}', { envelopeOnly: true })
 * for (const result of found.results) if (result._tag === "record") console.log(result.record.eventTime)
 * @category Containers
 * @since 0.2.0
 */
export interface MediaConvertEnvelopes {
  readonly container: ContainerKind
  readonly results: ReadonlyArray<RecordResult>
  readonly summary: MediaConvertSummary
}

/**
 * MediaConvert events in one step, from whatever holds them (everything {@link recordsFrom}
 * reads: log files as bytes, gzipped or not, or text; EventBridge, an SQS batch, CloudWatch
 * Logs, SNS, LookupEvents, Lake, JSON Lines). MediaConvert's own job-state events, wherever a
 * rule delivered them (one event, an SQS batch, an array, JSON Lines, a log group), are decoded
 * as `JobStateChange` and given as `jobState` results beside the records. Records of other services are picked out from their text
 * and never parsed where the text is clear, then counted in `summary.passedOverBy`; each
 * MediaConvert record is decoded as a {@link MediaConvertEvent}, and one that does not decode
 * is a failure with its full path in the container and its input. The results are those of
 * parsing every record, keeping `eventSource` `mediaconvert.amazonaws.com` and decoding with
 * `decodeMediaConvertEvent`. A failure whose record decodes as a plain CloudTrail record carries
 * it as `envelope`; with `envelopeOnly: true` every MediaConvert record is decoded that way
 * (see {@link MediaConvertReadOptions}). Synchronous; never throws.
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
 *     else if (result._tag === "jobState" && result.event.detail.status === "ERROR")
 *       console.error(result.event.detail.jobId, result.event.detail.errorCode)
 *     else if (result._tag === "failure") console.error(formatFailure(result.failure))
 *   }
 *   return summary // { decoded, failed, skipped, skippedBy, passedOver, passedOverBy }
 * }
 * @category Containers
 * @since 0.2.0
 */
export function mediaConvertEventsFrom(
  input: unknown,
  options: MediaConvertReadOptions & { readonly envelopeOnly: true },
): MediaConvertEnvelopes
export function mediaConvertEventsFrom(input: unknown, options?: MediaConvertReadOptions): MediaConvertEvents
export function mediaConvertEventsFrom(
  input: unknown,
  options: MediaConvertReadOptions = {},
): MediaConvertEvents | MediaConvertEnvelopes {
  const { envelopeOnly, ...read } = options
  const selection = selectionOf([MEDIACONVERT_EVENT_SOURCE])
  if (envelopeOnly === true) {
    const sink = new Sink(decodeRecord, { selection })
    return sink.doneSelected(readInto(input, read, sink))
  }
  const sink = new Sink(decodeMediaConvertEvent, { selection, envelopes: true, jobStates: true })
  return sink.doneSelected(readInto(input, read, sink))
}
