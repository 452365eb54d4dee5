import * as t from "io-ts"
import { list, StringMapCodec } from "../codec/primitives"
import { struct } from "../codec/struct"
import { type TaggedUnionCodec, taggedUnion } from "../codec/tagged"
import { UnlistedString } from "../codec/unlisted"
import { eventBridgeMembers } from "./job-state-envelope"
import {
  BlackSegment,
  InputDetails,
  JobProgress,
  JobWarningCount,
  OutputGroupDetails,
  WarningCodeCodec,
} from "./job-state-parts"

// MediaConvert's own EventBridge events about jobs ("MediaConvert Job State Change"), a union
// on `detail.status` over the eight statuses AWS documents, with a fallback for any other.

/**
 * The `detail-type` of MediaConvert's job-state events.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import { JOB_STATE_CHANGE } from "mediaconvert-cloudtrail"
 * console.log(JOB_STATE_CHANGE) // "MediaConvert Job State Change"
 * @category Job-state events
 * @since 0.2.0
 */
export const JOB_STATE_CHANGE = "MediaConvert Job State Change"

/** Members every job-state detail has: when, which job, where. */
const detailRequired = { timestamp: t.number, jobId: t.string }
/** Members any job-state detail may have. */
const detailOptional = {
  accountId: t.string,
  queue: t.string,
  userMetadata: StringMapCodec,
  warnings: list(JobWarningCount),
}

const detail = <S extends string, R extends t.Props, O extends t.Props>(
  status: S,
  required: R,
  optional: O,
) =>
  struct(
    `JobStateDetail(${status})`,
    { ...detailRequired, status: t.literal(status), ...required },
    { ...detailOptional, ...optional },
  )

const details = {
  INPUT_INFORMATION: /* @__PURE__ */ detail("INPUT_INFORMATION", {}, { inputDetails: list(InputDetails) }),
  PROGRESSING: /* @__PURE__ */ detail("PROGRESSING", {}, {}),
  STATUS_UPDATE: /* @__PURE__ */ detail(
    "STATUS_UPDATE",
    {},
    { framesDecoded: t.number, jobProgress: JobProgress },
  ),
  COMPLETE: /* @__PURE__ */ detail(
    "COMPLETE",
    {},
    {
      outputGroupDetails: list(OutputGroupDetails),
      paddingInserted: t.number,
      blackVideoDetected: t.number,
      blackSegments: list(BlackSegment),
    },
  ),
  CANCELED: /* @__PURE__ */ detail("CANCELED", {}, {}),
  ERROR: /* @__PURE__ */ detail(
    "ERROR",
    { errorCode: t.number },
    { errorMessage: t.string, outputGroupDetails: list(OutputGroupDetails) },
  ),
  NEW_WARNING: /* @__PURE__ */ detail(
    "NEW_WARNING",
    { warningCode: WarningCodeCodec },
    { warningMessage: t.string },
  ),
  QUEUE_HOP: /* @__PURE__ */ detail(
    "QUEUE_HOP",
    { previousQueue: t.string },
    { priority: t.number, previousPriority: t.number },
  ),
}

type Details = typeof details

/**
 * The `detail` of a job-state event of one documented status, typed from AWS's page for it:
 * `INPUT_INFORMATION` (`inputDetails`), `PROGRESSING`, `STATUS_UPDATE` (`framesDecoded`,
 * `jobProgress`), `COMPLETE` (`outputGroupDetails`, `warnings`), `CANCELED`, `ERROR`
 * (`errorCode` a number, `errorMessage`), `NEW_WARNING` (`warningCode`, `warningMessage`),
 * `QUEUE_HOP` (`previousQueue`, `previousPriority`; the new queue in `queue`).
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import type { JobStateDetailOf } from "mediaconvert-cloudtrail"
 * const code = (detail: JobStateDetailOf<"ERROR">): number => detail.errorCode
 * @category Job-state events
 * @since 0.2.0
 */
export type JobStateDetailOf<S extends keyof Details> = t.TypeOf<Details[S]>

/**
 * A status MediaConvert documents for its job-state events.
 *
 * @example
 * import type { JobStateStatus } from "mediaconvert-cloudtrail"
 * const status: JobStateStatus = "COMPLETE"
 * @category Job-state events
 * @since 0.2.0
 */
export type JobStateStatus = keyof Details

/**
 * The statuses MediaConvert documents, in the order a job usually meets them.
 *
 * @example
 * import { JOB_STATE_STATUSES } from "mediaconvert-cloudtrail"
 * console.log(JOB_STATE_STATUSES.includes("QUEUE_HOP")) // true
 * @category Job-state events
 * @since 0.2.0
 */
export const JOB_STATE_STATUSES: ReadonlyArray<JobStateStatus> = [
  "QUEUE_HOP",
  "PROGRESSING",
  "INPUT_INFORMATION",
  "STATUS_UPDATE",
  "NEW_WARNING",
  "COMPLETE",
  "CANCELED",
  "ERROR",
]

/**
 * The `detail` of a job-state event whose status this version does not list: its status is
 * {@link Unlisted}, and everything in it is kept.
 *
 * @example
 * import { UnlistedJobStateDetail } from "mediaconvert-cloudtrail"
 * UnlistedJobStateDetail.is({ status: "PAUSED", jobId: "1", timestamp: 0 }) // true
 * @category Job-state events
 * @since 0.2.0
 */
export const UnlistedJobStateDetail = /* @__PURE__ */ struct(
  "UnlistedJobStateDetail",
  { ...detailRequired, status: UnlistedString },
  detailOptional,
)
/** @category Job-state events @since 0.2.0 */
export interface UnlistedJobStateDetail extends t.TypeOf<typeof UnlistedJobStateDetail> {}

/**
 * The `detail` of a job-state event: a union on `status`, so that `detail.status === "ERROR"`
 * gives `errorCode: number`, with {@link UnlistedJobStateDetail} for any other status.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import type { JobStateDetail } from "mediaconvert-cloudtrail"
 * const describe = (detail: JobStateDetail) => (detail.status === "ERROR" ? `${detail.errorCode}` : String(detail.status))
 * @category Job-state events
 * @since 0.2.0
 */
export const JobStateDetail: TaggedUnionCodec<JobStateDetail> = /* @__PURE__ */ taggedUnion(
  "JobStateDetail",
  "status",
  details,
  UnlistedJobStateDetail,
)
/** @category Job-state events @since 0.2.0 */
export type JobStateDetail =
  | { [S in JobStateStatus]: JobStateDetailOf<S> }[JobStateStatus]
  | UnlistedJobStateDetail

/**
 * A "MediaConvert Job State Change" event as EventBridge delivers it (to a Lambda function, an
 * SQS queue, a log group, Firehose): the envelope (`id`, `time`, `account`, `region`,
 * `resources`) and a {@link JobStateDetail}. Lossless: unknown members are kept, and encoding
 * gives the input back.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import type { JobStateChange } from "mediaconvert-cloudtrail"
 * declare const event: JobStateChange
 * if (event.detail.status === "COMPLETE") console.log(event.detail.outputGroupDetails?.length)
 * @category Job-state events
 * @since 0.2.0
 */
export const JobStateChange = /* @__PURE__ */ struct(
  "JobStateChange",
  { "detail-type": t.literal(JOB_STATE_CHANGE), detail: JobStateDetail },
  eventBridgeMembers,
)
/** @category Job-state events @since 0.2.0 */
export interface JobStateChange extends t.TypeOf<typeof JobStateChange> {}
