import type { DecodeFailure } from "../../failure"
import type { JobStateChange } from "../../mediaconvert/job-state"
import type { CloudTrailRecord, InsightRecord } from "../../record/record"

/**
 * Where records came from, as {@link recordsFrom} recognised it.
 *
 * @example
 * import type { ContainerKind } from "mediaconvert-cloudtrail"
 * const kind: ContainerKind = "s3-log-file"
 * @category Containers
 * @since 0.1.0
 */
export type ContainerKind =
  | "s3-log-file"
  | "digest-file"
  | "eventbridge"
  | "cloudwatch-logs"
  | "lookup-events"
  | "lake-query-results"
  | "sns"
  | "s3-notification"
  | "sqs"
  | "record"
  | "record-list"
  | "json-lines"
  | "validation-message"
  | "unknown"

/**
 * Why something that arrived in a container is neither a record nor a failure:
 *
 * - `digest-file`: a CloudTrail digest file (integrity hashes, no records);
 * - `validation-message`: the SNS text CloudTrail sends when a topic is first configured;
 * - `control-message`: a CloudWatch Logs health check (`messageType` `CONTROL_MESSAGE`);
 * - `log-file-notification`: a CloudTrail or S3 notice that a log file was written (it names
 *   the file; the records are in the file);
 * - `empty`: a container that holds no records at all (an empty `Records` list is not this:
 *   it simply gives no results);
 * - `trailing-data`: bytes after the end of gzip data (zero padding, or bytes that are not
 *   gzip), ignored as gzip ignores them and told here (since 0.1.0, unreleased).
 *
 * @example
 * import type { SkipReason } from "mediaconvert-cloudtrail"
 * const reason: SkipReason = "control-message"
 * @category Containers
 * @since 0.1.0
 */
export type SkipReason =
  | "digest-file"
  | "validation-message"
  | "control-message"
  | "log-file-notification"
  | "empty"
  | "trailing-data"

/**
 * A CloudTrail record that decoded, with its JSON path in the container (`$.Records[3]`).
 *
 * @example
 * import type { RecordFound } from "mediaconvert-cloudtrail"
 * const show = (found: RecordFound) => `${found.path}: ${found.record.eventType}`
 * @category Containers
 * @since 0.1.0
 */
export interface RecordFound {
  readonly _tag: "record"
  readonly record: CloudTrailRecord
  readonly path: string
}

/**
 * An Insights record (`eventType` `AwsCloudTrailInsight`): it decoded, but it describes
 * unusual activity, not a call, so it is kept apart from the records.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-insights-events-with-cloudtrail.html
 * @example
 * import type { InsightFound } from "mediaconvert-cloudtrail"
 * const state = (found: InsightFound) => found.record.insightDetails
 * @category Containers
 * @since 0.1.0
 */
export interface InsightFound {
  readonly _tag: "insight"
  readonly record: InsightRecord
  readonly path: string
}

/**
 * Something that should have been a record but is not: text that is not JSON, gzip data that
 * ends early or grows past the cap, a record that does not decode. Every issue's path starts
 * with the place in the container (`$.Records[12].userIdentity.type`).
 *
 * @example
 * import { type FailureFound, formatFailure } from "mediaconvert-cloudtrail"
 * const explain = (found: FailureFound) => formatFailure(found.failure)
 * @category Containers
 * @since 0.1.0
 */
export interface FailureFound {
  readonly _tag: "failure"
  readonly failure: DecodeFailure
  readonly path: string
  /**
   * The value that did not decode, as it was read (a parsed record, or what stood in its
   * place), so it can be kept whole: sent to a dead-letter queue, written to a file.
   *
   * @since 0.2.0
   */
  readonly input?: unknown
  /**
   * The text that did not parse as JSON (a record whose text is broken), when there was text.
   *
   * @since 0.2.0
   */
  readonly text?: string
  /**
   * When a MediaConvert reader's record failed only in what MediaConvert adds (a member of
   * `requestParameters` or `responseElements` of the wrong type, say) and decodes as a plain
   * CloudTrail record: that record, so who called, when, from where and `errorCode` can still
   * be counted without decoding `input` again.
   *
   * @since 0.1.0
   */
  readonly envelope?: CloudTrailRecord
}

/**
 * An EventBridge event whose `detail` is not a CloudTrail record, such as MediaConvert's own
 * `MediaConvert Job State Change` (same `source` `aws.mediaconvert`). It is kept whole.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_cwe_events.html
 * @example
 * import type { EventFound } from "mediaconvert-cloudtrail"
 * const isJobState = (found: EventFound) => found.detailType === "MediaConvert Job State Change"
 * @category Containers
 * @since 0.1.0
 */
export interface EventFound {
  readonly _tag: "event"
  readonly detailType: string
  /**
   * The event's `source` (`aws.mediaconvert`). Named apart from the `source` the streaming
   * readers give every result (the file or stream it was read from).
   *
   * @since 0.2.0
   */
  readonly eventBridgeSource: string | undefined
  readonly detail: unknown
  readonly path: string
}

/**
 * A CloudTrail Lake result row without an `eventJson` column: the selected columns, each a
 * string as Lake returns them. Struct columns come back in a SQL rendering that is not JSON,
 * so such a row cannot honestly be turned into a record.
 *
 * @see https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetQueryResults.html
 * @example
 * import type { ColumnsFound } from "mediaconvert-cloudtrail"
 * const eventName = (found: ColumnsFound) => found.columns.eventName
 * @category Containers
 * @since 0.1.0
 */
export interface ColumnsFound {
  readonly _tag: "columns"
  readonly columns: Readonly<Record<string, string>>
  readonly path: string
}

/**
 * Something recognised and deliberately not decoded; `detail` says what it was in words.
 *
 * @example
 * import type { Skipped } from "mediaconvert-cloudtrail"
 * const note = (skipped: Skipped) => `${skipped.path}: ${skipped.reason} (${skipped.detail})`
 * @category Containers
 * @since 0.1.0
 */
export interface Skipped {
  readonly _tag: "skipped"
  readonly reason: SkipReason
  readonly detail: string
  readonly path: string
}

/**
 * A MediaConvert job-state event ("MediaConvert Job State Change") that decoded, as the
 * MediaConvert readers give it beside the records, with its JSON path in the container.
 *
 * @see https://docs.aws.amazon.com/mediaconvert/latest/ug/mediaconvert_event_list.html
 * @example
 * import type { JobStateFound } from "mediaconvert-cloudtrail"
 * const failed = (found: JobStateFound) => (found.event.detail.status === "ERROR" ? found.event.detail.errorCode : undefined)
 * @category Containers
 * @since 0.2.0
 */
export interface JobStateFound {
  readonly _tag: "jobState"
  readonly event: JobStateChange
  readonly path: string
}

/**
 * One result per thing found in a container. Good records always come out, whatever their
 * neighbours are like.
 *
 * @example
 * import { type RecordResult, recordsFrom } from "mediaconvert-cloudtrail"
 * const results: ReadonlyArray<RecordResult> = recordsFrom({ Records: [] }).results
 * for (const result of results) if (result._tag === "record") console.log(result.record.eventTime)
 * @category Containers
 * @since 0.1.0
 */
export type RecordResult = RecordFound | InsightFound | FailureFound | EventFound | ColumnsFound | Skipped

/**
 * Internal: a result whose records decode to `R`, what a `Sink<R>` collects. `RecordResult` is
 * `ResultOf<CloudTrailRecord>`, `MediaConvertResult` is `ResultOf<MediaConvertEvent>`.
 */
export type ResultOf<R> =
  | { readonly _tag: "record"; readonly record: R; readonly path: string }
  | InsightFound
  | FailureFound
  | EventFound
  | ColumnsFound
  | Skipped

/**
 * What was found, counted: `decoded` records, `failed` ones, and `skipped` for the rest, with
 * the rest broken down by kind (`insight`, `event`, `columns`, or a {@link SkipReason}).
 *
 * @example
 * import { recordsFrom } from "mediaconvert-cloudtrail"
 * const { summary } = recordsFrom({ Records: [42] })
 * console.log(summary.failed) // 1
 * @category Containers
 * @since 0.1.0
 */
export interface Summary {
  readonly decoded: number
  readonly failed: number
  readonly skipped: number
  readonly skippedBy: Readonly<Partial<Record<"insight" | "event" | "columns" | SkipReason, number>>>
  /**
   * With a selection (`eventSources`), the records of other services passed over, neither
   * decoded nor counted above (most are not even parsed).
   *
   * @since 0.2.0
   */
  readonly passedOver?: number
  /**
   * Those records by `eventSource` (`"(none)"` for a record without one).
   *
   * @since 0.2.0
   */
  readonly passedOverBy?: Readonly<Record<string, number>>
  /**
   * The MediaConvert readers' job-state events that decoded (present when there were any).
   *
   * @since 0.1.0
   */
  readonly jobStates?: number
}

/**
 * A running count of results, for callers that see them one at a time (a stream).
 *
 * @example
 * import { tally } from "mediaconvert-cloudtrail"
 * const counter = tally()
 * counter.add({ _tag: "skipped", reason: "control-message", detail: "health check", path: "$" })
 * console.log(counter.summary().skipped) // 1
 * @category Containers
 * @since 0.1.0
 */
export interface Tally {
  readonly add: (result: RecordResult) => void
  readonly summary: () => Summary
}

/**
 * Starts a running count of results.
 *
 * @example
 * import { recordsFrom, tally } from "mediaconvert-cloudtrail"
 * const counter = tally()
 * for (const result of recordsFrom({ Records: [] }).results) counter.add(result)
 * console.log(counter.summary().decoded) // 0
 * @category Containers
 * @since 0.1.0
 */
export const tally = (): Tally => counter()

/** Internal: {@link tally} for results of any record type. */
export const counter = (): {
  readonly add: (result: ResultOf<unknown>) => void
  readonly summary: () => Summary
} => {
  let decoded = 0
  let failed = 0
  let skipped = 0
  let jobStates = 0
  const skippedBy: Partial<Record<"insight" | "event" | "columns" | SkipReason, number>> = {}
  return {
    add: (result) => {
      // The MediaConvert readers put their job-state events among the results (sink.ts).
      const tag: string = result._tag
      if (tag === "jobState") {
        jobStates++
        return
      }
      switch (result._tag) {
        case "record":
          decoded++
          return
        case "failure":
          failed++
          return
        default: {
          skipped++
          const kind = result._tag === "skipped" ? result.reason : result._tag
          skippedBy[kind] = (skippedBy[kind] ?? 0) + 1
        }
      }
    },
    summary: () => ({
      decoded,
      failed,
      skipped,
      skippedBy: { ...skippedBy },
      ...(jobStates > 0 ? { jobStates } : {}),
    }),
  }
}

/**
 * Counts a list of results.
 *
 * @example
 * import { summarize } from "mediaconvert-cloudtrail"
 * summarize([]) // { decoded: 0, failed: 0, skipped: 0, skippedBy: {} }
 * @category Containers
 * @since 0.1.0
 */
export const summarize = (results: Iterable<RecordResult>): Summary => summaryOf(results)

/** Internal: {@link summarize} for results of any record type. */
export const summaryOf = (results: Iterable<ResultOf<unknown>>): Summary => {
  const count = counter()
  for (const result of results) count.add(result)
  return count.summary()
}

/**
 * Everything found in one container: what kind it was, one result per record (in order), and
 * the counts.
 *
 * @example
 * import { type Records, recordsFrom } from "mediaconvert-cloudtrail"
 * const found: Records = recordsFrom('{"Records":[]}')
 * console.log(found.container) // "s3-log-file"
 * @category Containers
 * @since 0.1.0
 */
export interface Records {
  readonly container: ContainerKind
  readonly results: ReadonlyArray<RecordResult>
  readonly summary: Summary
}
