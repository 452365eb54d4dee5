import { type MediaConvertResult, type MediaConvertSummary, Sink, selectionOf } from "../containers/reading"
import { decodeMediaConvertEvent } from "../mediaconvert/decode"
import { MEDIACONVERT_EVENT_SOURCE } from "../mediaconvert/event"
import { decodeRecord } from "../record/decode"
import {
  type RecordSource,
  resultsOf,
  type SourcedResult,
  type StreamOptions,
  withSummary,
} from "./stream-records"

/**
 * A result of {@link streamMediaConvertEvents}, with the file it came from (or the stream's name).
 *
 * @example
 * import type { SourcedMediaConvertResult } from "mediaconvert-cloudtrail/node"
 * const where = (result: SourcedMediaConvertResult) => `${result.source} ${result.path}`
 * @since 0.2.0
 */
export type SourcedMediaConvertResult = MediaConvertResult & { readonly source: string }

/**
 * What {@link streamMediaConvertEvents} returns: the results, as an async generator, and
 * `summary()`, the counts so far (the whole read's once the loop is done), with the records
 * of other services passed over by `eventSource`.
 *
 * @example
 * import type { MediaConvertEventStream } from "mediaconvert-cloudtrail/node"
 * const report = (events: MediaConvertEventStream) => events.summary().passedOverBy
 * @since 0.2.0
 */
export type MediaConvertEventStream = AsyncGenerator<SourcedMediaConvertResult, void, undefined> & {
  readonly summary: () => MediaConvertSummary
}

/**
 * How {@link streamMediaConvertEvents} reads: the options of {@link streamRecords} but the
 * selection (MediaConvert's), and `envelopeOnly`, which decodes each MediaConvert record as a
 * plain CloudTrail record, leaving `requestParameters` and `responseElements` unchecked (the
 * command line's `--envelope-only`).
 *
 * @example
 * import type { MediaConvertStreamOptions } from "mediaconvert-cloudtrail/node"
 * const options: MediaConvertStreamOptions = { envelopeOnly: true }
 * @since 0.2.0
 */
export type MediaConvertStreamOptions = Omit<StreamOptions, "eventSources"> & {
  readonly envelopeOnly?: boolean
}

/**
 * What {@link streamMediaConvertEvents} returns with `envelopeOnly: true`: MediaConvert's
 * records decoded as CloudTrail records, and `summary()` as for the events.
 *
 * @example
 * import type { MediaConvertEnvelopeStream } from "mediaconvert-cloudtrail/node"
 * const report = (records: MediaConvertEnvelopeStream) => records.summary().failed
 * @since 0.2.0
 */
export type MediaConvertEnvelopeStream = AsyncGenerator<SourcedResult, void, undefined> & {
  readonly summary: () => MediaConvertSummary
}

/**
 * Streams the MediaConvert events of a log file, a trail folder or a stream of bytes, in one
 * step: what {@link streamRecords} reads, with the records of other services picked out from
 * their text and never parsed where the text is clear (counted in `summary().passedOverBy`),
 * and each MediaConvert record decoded as a `MediaConvertEvent`; one that does not decode is
 * a failure with its full path (`$.Records[12].requestParameters.settings…`) and its input (and
 * `envelope`, the plain CloudTrail record, when only the MediaConvert payload was wrong). With
 * `envelopeOnly: true` each MediaConvert record is decoded as a plain CloudTrail record.
 * Memory stays flat whatever the size. The iterator never throws.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { streamMediaConvertEvents } from "mediaconvert-cloudtrail/node"
 * const events = streamMediaConvertEvents("samples/trail")
 * for await (const result of events) {
 *   if (result._tag === "record" && result.record.eventName === "CancelJob") console.log(result.record.requestParameters?.id)
 *   else if (result._tag === "failure") console.error(result.source, result.path)
 * }
 * console.log(events.summary().passedOverBy)
 * @since 0.2.0
 */
export function streamMediaConvertEvents(
  source: RecordSource,
  options: MediaConvertStreamOptions & { readonly envelopeOnly: true },
): MediaConvertEnvelopeStream
export function streamMediaConvertEvents(
  source: RecordSource,
  options?: MediaConvertStreamOptions,
): MediaConvertEventStream
export function streamMediaConvertEvents(
  source: RecordSource,
  options: MediaConvertStreamOptions = {},
): MediaConvertEventStream | MediaConvertEnvelopeStream {
  const { envelopeOnly, ...read } = options
  const selection = selectionOf([MEDIACONVERT_EVENT_SOURCE])
  const streamOf = <R>(sink: Sink<R>) =>
    withSummary(resultsOf(source, read, sink), (counted) => ({ ...counted, ...sink.passed.summary() }))
  return envelopeOnly === true
    ? streamOf(new Sink(decodeRecord, { selection }))
    : streamOf(new Sink(decodeMediaConvertEvent, { selection, envelopes: true, jobStates: true }))
}
