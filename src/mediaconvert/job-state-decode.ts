import * as t from "io-ts"
import { decodeWith } from "../codec/decode-with"
import { type Either, left } from "../codec/fp"
import { either, openEnum } from "../codec/primitives"
import { member } from "../codec/read"
import { struct } from "../codec/struct"
import { type DecodeFailure, describeValue, failureAt, type PathSegment } from "../failure"
import { JOB_STATE_CHANGE, JobStateChange } from "./job-state"
import { eventBridgeMembers } from "./job-state-envelope"

/**
 * Decodes one "MediaConvert Job State Change" event, typed by `detail.status`: a failure names
 * the JSON path of each member that does not match (`$.detail.errorCode`), what was expected and
 * what was found. A status this version does not list decodes to `UnlistedJobStateDetail`.
 * Paths start with `at`, the event's place in something larger. Never throws.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import { decodeJobStateChange } from "mediaconvert-cloudtrail"
 * const result = decodeJobStateChange({ "detail-type": "MediaConvert Job State Change", source: "aws.mediaconvert", id: "1", time: "2018-01-07T23:35:20Z", detail: { timestamp: 1515368120764, jobId: "1515368087458-qnoxtd", status: "ERROR", errorCode: 1040, errorMessage: "Example error message" } })
 * if (result._tag === "Right" && result.right.detail.status === "ERROR") console.log(result.right.detail.errorCode) // 1040
 * @category Job-state events
 * @since 0.2.0
 */
export const decodeJobStateChange = (
  input: unknown,
  at: ReadonlyArray<PathSegment> = [],
): Either<DecodeFailure, JobStateChange> => decodeWith(JobStateChange, input, at)

/**
 * Whether a value is an EventBridge event of MediaConvert's job states, by its `detail-type`
 * alone (it does not check the rest: {@link decodeJobStateChange} does). Never throws.
 *
 * @example
 * import { isJobStateChangeEvent } from "mediaconvert-cloudtrail"
 * isJobStateChangeEvent({ "detail-type": "MediaConvert Job State Change", detail: {} }) // true
 * @category Job-state events
 * @since 0.2.0
 */
export const isJobStateChangeEvent = (value: unknown): boolean =>
  member(value, "detail-type") === JOB_STATE_CHANGE

/** The detail-types of MediaConvert's events about job engine versions. */
const ENGINE_DETAIL_TYPES = [
  "Job Engine Version Added",
  "Job Engine Version Updated",
  "Job Engine Version Approaching Expiration",
] as const

/**
 * An event MediaConvert sends about its job engine versions (`Job Engine Version Added`,
 * `… Updated`, `… Approaching Expiration`). AWS lists these detail-types but publishes no
 * sample, so `detail` is typed only in the members of the API's `JobEngineVersion` (`version`,
 * `expirationDate`), all optional, and kept whole.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-mediaconvert.html
 * @see https://docs.aws.amazon.com/mediaconvert/latest/apireference/versions.html
 * @example
 * import { JobEngineVersionEvent } from "mediaconvert-cloudtrail"
 * JobEngineVersionEvent.is({ "detail-type": "Job Engine Version Added", detail: { version: "2023-07-31" } }) // true
 * @category Job-state events
 * @since 0.2.0
 */
export const JobEngineVersionEvent = /* @__PURE__ */ struct(
  "JobEngineVersionEvent",
  {
    /** What happened to the engine version: `Job Engine Version Added`, `… Updated`, `… Approaching Expiration`. */
    "detail-type": openEnum("JobEngineVersionDetailType", ENGINE_DETAIL_TYPES),
    /** The engine version (`version`) and, where it expires, when (`expirationDate`). */
    detail: struct(
      "JobEngineVersionDetail",
      {},
      { version: t.string, expirationDate: either(t.number, t.string) },
    ),
  },
  eventBridgeMembers,
)
/** @category Job-state events @since 0.2.0 */
export interface JobEngineVersionEvent extends t.TypeOf<typeof JobEngineVersionEvent> {}

/**
 * Whether an EventBridge `detail-type` is one of MediaConvert's job engine version events.
 *
 * @example
 * import { isJobEngineVersionDetailType } from "mediaconvert-cloudtrail"
 * isJobEngineVersionDetailType("Job Engine Version Updated") // true
 * @category Job-state events
 * @since 0.2.0
 */
export const isJobEngineVersionDetailType = (detailType: unknown): boolean =>
  typeof detailType === "string" && detailType.startsWith("Job Engine Version ")

/**
 * Decodes one of MediaConvert's job engine version events; a failure names the path of each
 * member that does not match. Never throws.
 *
 * @see https://docs.aws.amazon.com/eventbridge/latest/ref/events-ref-mediaconvert.html
 * @example
 * import { decodeJobEngineVersionEvent } from "mediaconvert-cloudtrail"
 * const result = decodeJobEngineVersionEvent({ "detail-type": "Job Engine Version Approaching Expiration", source: "aws.mediaconvert", detail: { version: "2023-07-31", expirationDate: "2025-07-31T00:00:00Z" } })
 * console.log(result._tag) // "Right"
 * @category Job-state events
 * @since 0.2.0
 */
export const decodeJobEngineVersionEvent = (
  input: unknown,
  at: ReadonlyArray<PathSegment> = [],
): Either<DecodeFailure, JobEngineVersionEvent> => {
  const detailType = member(input, "detail-type")
  if (!isJobEngineVersionDetailType(detailType))
    return left(
      failureAt([...at, "detail-type"], "a Job Engine Version detail-type", describeValue(detailType)),
    )
  return decodeWith(JobEngineVersionEvent, input, at)
}
