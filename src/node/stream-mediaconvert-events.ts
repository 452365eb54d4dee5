import { type MediaConvertResult, type MediaConvertSummary, Sink, selectionOf } from "../containers/reading"
import { decodeMediaConvertEvent } from "../mediaconvert/decode"
import { MEDIACONVERT_EVENT_SOURCE } from "../mediaconvert/event"
import { type RecordSource, resultsOf, type StreamOptions, withSummary } from "./stream-records"

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
 * Streams the MediaConvert events of a log file, a trail folder or a stream of bytes, in one
 * step: what {@link streamRecords} reads, with the records of other services picked out from
 * their text and never parsed where the text is clear (counted in `summary().passedOverBy`),
 * and each MediaConvert record decoded as a `MediaConvertEvent`; one that does not decode is
 * a failure with its full path (`$.Records[12].requestParameters.settings…`) and its input.
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
export const streamMediaConvertEvents = (
  source: RecordSource,
  options: Omit<StreamOptions, "eventSources"> = {},
): MediaConvertEventStream => {
  const sink = new Sink(decodeMediaConvertEvent, { selection: selectionOf([MEDIACONVERT_EVENT_SOURCE]) })
  return withSummary(resultsOf(source, options, sink), (counted) => ({
    ...counted,
    ...sink.passed.summary(),
  }))
}
