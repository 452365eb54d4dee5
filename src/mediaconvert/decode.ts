import { compiledDecoder } from "../codec/decode-with"
import type { Either } from "../codec/fp"
import type { DecodeFailure, PathSegment } from "../failure"
import { MediaConvertEvent } from "./event"
import { checksByName, isMediaConvertEvent as isMediaConvertEventFast } from "./generated/validators"

const decode = /* @__PURE__ */ compiledDecoder(MediaConvertEvent, isMediaConvertEventFast, checksByName)

/**
 * Decodes one MediaConvert record: a record whose `eventSource` is
 * `mediaconvert.amazonaws.com`, typed by `eventName`. A record of another service is a
 * failure at `$.eventSource`. Paths start with `at`, the record's place in something larger.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { decodeMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue", userIdentity: { type: "IAMUser" }, requestParameters: { name: "QueueName" }, responseElements: null })
 * if (result._tag === "Right" && result.right.eventName === "DeleteQueue") console.log(result.right.requestParameters?.name)
 * @category Decoding
 * @since 0.1.0
 */
export const decodeMediaConvertEvent = (
  input: unknown,
  at: ReadonlyArray<PathSegment> = [],
): Either<DecodeFailure, MediaConvertEvent> => decode(input, at)

/**
 * Whether a value is a MediaConvert record this library can type (it checks the whole record).
 *
 * @example
 * import { decodeRecord, isMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const result = decodeRecord({})
 * if (result._tag === "Right" && isMediaConvertEvent(result.right)) console.log(result.right.eventName)
 * @category Decoding
 * @since 0.1.0
 */
export const isMediaConvertEvent = (value: unknown): value is MediaConvertEvent => {
  try {
    return isMediaConvertEventFast(value)
  } catch {
    return false
  }
}
