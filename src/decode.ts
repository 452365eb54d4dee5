import type * as t from "io-ts"
import { type Either, left, right } from "./codec/fp"
import { type DecodeFailure, failureAt, failureFrom, jsonPath } from "./failure"
import { isCloudTrailRecordFast, isMediaConvertEventFast } from "./generated/validators"
import { MediaConvertEvent } from "./mediaconvert/event"
import { CloudTrailRecord } from "./record/record"

/**
 * Runs a codec and turns its errors into a {@link DecodeFailure}. Never throws: an input so
 * deep that checking it would overflow the stack is reported as a failure at `$`. `at` is the
 * place of the input in something larger, put before every path (`["Records", "[12]"]`).
 *
 * @example
 * import * as t from "io-ts"
 * import { decodeWith } from "mediaconvert-cloudtrail"
 * decodeWith(t.string, "ok") // { _tag: "Right", right: "ok" }
 * decodeWith(t.string, 1, ["Records", "[3]"]) // Left: $.Records[3]: expected string, found number 1
 * @since 0.1.0
 */
export const decodeWith = <A>(
  codec: t.Decoder<unknown, A>,
  input: unknown,
  at: ReadonlyArray<string> = [],
): Either<DecodeFailure, A> => {
  try {
    const result = codec.decode(input)
    return result._tag === "Right" ? result : left(failureFrom(result.left, at))
  } catch (error) {
    return left(
      failureAt(
        jsonPath(at),
        codec.name,
        error instanceof RangeError ? "a value nested too deeply to check" : "a value that could not be read",
      ),
    )
  }
}

/**
 * Decodes one CloudTrail record of any service. On success the value is the input itself,
 * typed: every member kept, `CloudTrailRecord.encode` gives the input back. On failure,
 * every problem with its JSON path.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { decodeRecord, formatFailure } from "mediaconvert-cloudtrail"
 * const result = decodeRecord(JSON.parse('{"eventVersion":"1.08","eventTime":"2023-08-26T20:47:19Z","awsRegion":"us-east-1","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListPresets","userIdentity":{"type":"IAMUser","userName":"temp-user"},"errorCode":"AccessDenied"}'))
 * if (result._tag === "Right") console.log(result.right.eventType) // "AwsApiCall"
 * else console.log(formatFailure(result.left))
 * @since 0.1.0
 */
export const decodeRecord = (input: unknown): Either<DecodeFailure, CloudTrailRecord> =>
  fastOrDetailed(isCloudTrailRecordFast, CloudTrailRecord, input)

/**
 * Decodes one MediaConvert record: a record whose `eventSource` is
 * `mediaconvert.amazonaws.com`, typed by `eventName`. A record of another service is a
 * failure at `$.eventSource`.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/logging-using-cloudtrail.html
 * @example
 * import { decodeMediaConvertEvent } from "mediaconvert-cloudtrail"
 * const result = decodeMediaConvertEvent({ eventVersion: "1.05", eventTime: "2018-07-10T15:36:29Z", awsRegion: "eu-west-1", eventSource: "mediaconvert.amazonaws.com", eventName: "DeleteQueue", userIdentity: { type: "IAMUser" }, requestParameters: { name: "QueueName" }, responseElements: null })
 * if (result._tag === "Right" && result.right.eventName === "DeleteQueue") console.log(result.right.requestParameters?.name)
 * @since 0.1.0
 */
export const decodeMediaConvertEvent = (input: unknown): Either<DecodeFailure, MediaConvertEvent> =>
  fastOrDetailed(isMediaConvertEventFast, MediaConvertEvent, input)

/**
 * Checks with the compiled validator (src/generated/validators.ts, straight-line code that
 * answers exactly as the codec's `is`), and only when it says no, runs the codec's detailed
 * validation to build the report.
 */
const fastOrDetailed = <A>(fast: (u: unknown) => boolean, codec: t.Decoder<unknown, A>, input: unknown) => {
  try {
    if (fast(input)) return right<A, DecodeFailure>(input as A)
  } catch {
    // An input whose reading throws (a hostile getter) gets the detailed path's report.
  }
  return decodeWith(codec, input)
}
