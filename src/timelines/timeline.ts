import type { Identity } from "../identity/identity-of"
import type { MediaConvertEvent } from "../mediaconvert/event"
import type { JobStateChange } from "../mediaconvert/job-state"
import type { WarningCode } from "../mediaconvert/job-state-parts"
import type { DestinationKind, FileLocation } from "../mediaconvert/jobs"
import type { Origin } from "../origin/origin-of"
import type { CloudTrailRecord } from "../record/record"

/**
 * What {@link jobTimelines} reads: a result of the one-step readers (`record` and `jobState`
 * results are read, any other `_tag` is ignored), a decoded MediaConvert record, or a decoded
 * job-state event.
 *
 * @example
 * import type { JobTimelineInput } from "mediaconvert-cloudtrail"
 * const ignored: JobTimelineInput = { _tag: "skipped" }
 * @category Job timelines
 * @since 0.2.0
 */
export type JobTimelineInput =
  | MediaConvertEvent
  | CloudTrailRecord
  | JobStateChange
  | { readonly _tag: string; readonly record?: unknown; readonly event?: unknown }

/**
 * A job's status in its timeline: the status of its latest job-state event, or `SUBMITTED`
 * when only its CreateJob call is known (MediaConvert sends no SUBMITTED event).
 *
 * @example
 * import type { JobTimelineStatus } from "mediaconvert-cloudtrail"
 * const status: JobTimelineStatus = "SUBMITTED"
 * @category Job timelines
 * @since 0.2.0
 */
export type JobTimelineStatus = JobStateChange["detail"]["status"] | "SUBMITTED"

/**
 * Who submitted a job, when, from where, and what they asked for: read from its CreateJob record.
 * Times are epoch milliseconds.
 *
 * @example
 * import type { JobSubmission } from "mediaconvert-cloudtrail"
 * const who = (submission: JobSubmission) => `${submission.identity.principal} via ${submission.origin.channel}`
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobSubmission {
  readonly at: number
  readonly eventId?: string
  readonly identity: Identity
  readonly origin: Origin
  /** The queue as the call gave it (a name or an ARN). */
  readonly queue?: string
  readonly role?: string
  readonly jobTemplate?: string
  /** Every preset the job's outputs name, once each, in order. */
  readonly presets: ReadonlyArray<string>
  readonly destinations: ReadonlyArray<FileLocation<DestinationKind>>
  readonly record: MediaConvertEvent | CloudTrailRecord
}

/**
 * A call on a job other than its CreateJob (GetJob, CancelJob, tagging…), with who made it.
 *
 * @example
 * import type { JobCall } from "mediaconvert-cloudtrail"
 * const failed = (call: JobCall) => call.errorCode !== undefined
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobCall {
  readonly eventName: string
  readonly at: number
  readonly eventId?: string
  readonly identity: Identity
  readonly errorCode?: string
  readonly record: MediaConvertEvent | CloudTrailRecord
}

/**
 * A warning on a job: from a NEW_WARNING event (`message`, `at`) or counted in the `warnings` of
 * its last COMPLETE or ERROR event (`count`).
 *
 * @example
 * import type { JobWarning } from "mediaconvert-cloudtrail"
 * const warning: JobWarning = { code: 230001, count: 2 }
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobWarning {
  readonly code: WarningCode
  readonly message?: string
  readonly count?: number
  readonly at?: number
}

/**
 * A file a job wrote: an output file, or a playlist or manifest of its group.
 *
 * @example
 * import type { JobOutput } from "mediaconvert-cloudtrail"
 * const output: JobOutput = { kind: "playlist", path: "s3://amzn-s3-demo-bucket/hls/main.m3u8", groupType: "HLS_GROUP" }
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobOutput {
  readonly kind: "file" | "playlist"
  readonly path: string
  readonly groupType?: string
}

/**
 * One job's life, joined from the CloudTrail records of calls on it and MediaConvert's
 * job-state events: who submitted it, each state once in time order, how long it took, how it
 * ended, what it wrote, who cancelled it. Times are epoch milliseconds.
 *
 * @example
 * import type { JobTimeline } from "mediaconvert-cloudtrail"
 * const line = (job: JobTimeline) =>
 *   `${job.jobId} ${String(job.status)} by ${job.submitted?.identity.principal ?? "(not in this window)"}${job.error ? ` error ${job.error.code}` : ""}`
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobTimeline {
  readonly jobId: string
  /** The latest state by event time; `SUBMITTED` if only the CreateJob is known; absent if neither. */
  readonly status?: JobTimelineStatus
  /** From the CreateJob record; absent when it is not among what was read (never guessed). */
  readonly submitted?: JobSubmission
  /** The job-state events, in time order, each event id once. */
  readonly states: ReadonlyArray<JobStateChange>
  /** From submission to the final state (COMPLETE, ERROR or CANCELED), when both are known. */
  readonly durationMs?: number
  /** When the job's last state is final: COMPLETE, ERROR or CANCELED. */
  readonly finished: boolean
  readonly error?: { readonly code: number; readonly message?: string; readonly at: number }
  readonly warnings: ReadonlyArray<JobWarning>
  readonly outputs: ReadonlyArray<JobOutput>
  /** The first successful CancelJob call. */
  readonly cancelled?: { readonly at: number; readonly identity: Identity; readonly eventId?: string }
  /** Every call on the job other than its CreateJob, in time order, each event id once. */
  readonly calls: ReadonlyArray<JobCall>
}

/**
 * A CreateJob call that did not make a job: it has an `errorCode` (access denied, a bad
 * setting, a throttle) and no job id. Kept apart from the timelines.
 *
 * @example
 * import type { RejectedSubmission } from "mediaconvert-cloudtrail"
 * const line = (rejected: RejectedSubmission) => `${rejected.identity.principal}: ${rejected.errorCode}`
 * @category Job timelines
 * @since 0.2.0
 */
export interface RejectedSubmission {
  readonly at: number
  readonly eventId?: string
  readonly identity: Identity
  readonly origin: Origin
  readonly errorCode: string
  readonly errorMessage?: string
  readonly record: MediaConvertEvent | CloudTrailRecord
}

/**
 * What {@link jobTimelines} gives: one timeline per job id, ordered by when each job was first
 * seen (then by id); the CreateJob calls that were rejected; and the CreateJob calls that
 * succeeded but whose record does not name the job (a response too large to log).
 *
 * @example
 * import { jobTimelines } from "mediaconvert-cloudtrail"
 * const { jobs, rejected, withoutJobId } = jobTimelines([])
 * console.log(jobs.length, rejected.length, withoutJobId.length) // 0 0 0
 * @category Job timelines
 * @since 0.2.0
 */
export interface JobTimelines {
  readonly jobs: ReadonlyArray<JobTimeline>
  readonly rejected: ReadonlyArray<RejectedSubmission>
  readonly withoutJobId: ReadonlyArray<JobSubmission>
}

/**
 * Whether a status ends a job.
 *
 * @example
 * import { isFinalJobStatus } from "mediaconvert-cloudtrail"
 * isFinalJobStatus("CANCELED") // true
 * @category Job timelines
 * @since 0.2.0
 */
export const isFinalJobStatus = (status: unknown): status is "COMPLETE" | "ERROR" | "CANCELED" =>
  status === "COMPLETE" || status === "ERROR" || status === "CANCELED"
