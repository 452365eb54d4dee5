import { compiledDecoder } from "../codec/decode-with"
import type { Either } from "../codec/fp"
import type { DecodeFailure, PathSegment } from "../failure"
import { checksByName, isCloudTrailRecord } from "./generated/validators"
import { CloudTrailRecord } from "./record"

const decode = /* @__PURE__ */ compiledDecoder(CloudTrailRecord, isCloudTrailRecord, checksByName)

/**
 * Decodes one CloudTrail record of any service. On success the value is the input itself,
 * typed: every member kept, `CloudTrailRecord.encode` gives the input back. On failure,
 * every problem with its JSON path (after `at`, the record's place in something larger).
 * [Getting started](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/getting-started.html) walks through it; [Errors](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/errors.html)
 * says what each failure means.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-record-contents.html
 * @example
 * import { decodeRecord, formatFailure } from "mediaconvert-cloudtrail"
 * const result = decodeRecord(JSON.parse('{"eventVersion":"1.08","eventTime":"2023-08-26T20:47:19Z","awsRegion":"us-east-1","eventType":"AwsApiCall","eventSource":"mediaconvert.amazonaws.com","eventName":"ListPresets","userIdentity":{"type":"IAMUser","userName":"temp-user"},"errorCode":"AccessDenied"}'))
 * if (result._tag === "Right") console.log(result.right.eventType) // "AwsApiCall"
 * else console.log(formatFailure(result.left))
 * @category Decoding
 * @since 0.1.0
 */
export const decodeRecord = (
  input: unknown,
  at: ReadonlyArray<PathSegment> = [],
): Either<DecodeFailure, CloudTrailRecord> => decode(input, at)
