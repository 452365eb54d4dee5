import type { FailureFound } from "../results"

/**
 * How a log file was named: an S3 event notification (`s3-event`, whether it came directly,
 * in an SQS message or through SNS), an EventBridge `Object Created` event (`eventbridge`),
 * CloudTrail's own SNS notification (`cloudtrail-sns`), or a plain `{ bucket, key }` such as
 * a Step Functions distributed map hands over from an S3 listing (`object-reference`).
 *
 * @example
 * import type { NotificationKind } from "mediaconvert-cloudtrail"
 * const kind: NotificationKind = "cloudtrail-sns"
 * @category Containers
 * @since 0.2.0
 */
export type NotificationKind = "s3-event" | "eventbridge" | "cloudtrail-sns" | "object-reference"

/**
 * A log object named by a notification: its bucket and its key (decoded: the key to ask S3
 * for), with the JSON path of the entry that named it and, inside an SQS event, the
 * `messageId` of its message.
 *
 * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
 * @example
 * import { type LogFileFound, logFilesIn } from "mediaconvert-cloudtrail"
 * const where = (file: LogFileFound) => `s3://${file.bucket}/${file.key}`
 * console.log(logFilesIn({ bucket: "trail", key: "a.json.gz" }).files.map(where))
 * @category Containers
 * @since 0.2.0
 */
export interface LogFileFound {
  readonly _tag: "log-file"
  readonly bucket: string
  readonly key: string
  /** The object's size in bytes, when the notification says it. */
  readonly size: number | undefined
  readonly notification: NotificationKind
  /** The SQS message the notification came in, when it came in one. */
  readonly messageId: string | undefined
  readonly path: string
}

/**
 * Why a notification's entry names nothing to read:
 *
 * - `digest-file`: a CloudTrail digest file (hashes, no records);
 * - `not-a-log-file`: an object whose name is not a CloudTrail log file's;
 * - `not-object-created`: an S3 event other than a new object (removed, restored, tagged…);
 * - `test-event`: the `s3:TestEvent` S3 sends when notifications are configured;
 * - `validation-message`: the text CloudTrail sends when its SNS topic is configured;
 * - `not-allowed`: an object outside the buckets or key prefixes allowed (`buckets`,
 *   `keyPrefixes` of {@link LogFilesOptions});
 * - `repeated`: an object the same message named before (it is read once).
 *
 * @example
 * import type { ObjectSkipReason } from "mediaconvert-cloudtrail"
 * const reason: ObjectSkipReason = "digest-file"
 * @category Containers
 * @since 0.2.0
 */
export type ObjectSkipReason =
  | "digest-file"
  | "not-a-log-file"
  | "not-object-created"
  | "test-event"
  | "validation-message"
  | "not-allowed"
  | "repeated"

/**
 * An entry of a notification that names nothing to read, and why; `detail` says it in words.
 *
 * @example
 * import type { ObjectSkipped } from "mediaconvert-cloudtrail"
 * const note = (skipped: ObjectSkipped) => `${skipped.path}: ${skipped.reason} (${skipped.detail})`
 * @category Containers
 * @since 0.2.0
 */
export interface ObjectSkipped {
  readonly _tag: "skipped"
  readonly reason: ObjectSkipReason
  readonly detail: string
  readonly bucket: string | undefined
  readonly key: string | undefined
  readonly messageId: string | undefined
  readonly path: string
}

/**
 * What {@link logFilesIn} found: the log files to read, in order, the entries left out and
 * why, and the parts that are not notifications at all (each a failure with its path).
 *
 * @example
 * import { type LogFiles, logFilesIn } from "mediaconvert-cloudtrail"
 * const found: LogFiles = logFilesIn({ Records: [] })
 * console.log(found.files.length, found.skipped.length, found.failures.length)
 * @category Containers
 * @since 0.2.0
 */
export interface LogFiles {
  readonly files: ReadonlyArray<LogFileFound>
  readonly skipped: ReadonlyArray<ObjectSkipped>
  readonly failures: ReadonlyArray<FailureFound>
}

/**
 * How {@link logFilesIn} tells a log file from other objects. By default an object is a log
 * file when its name is one CloudTrail gives
 * (`<account>_CloudTrail_<region>_<YYYYMMDD>T<HHmm>Z_<id>.json.gz`, Insights files too);
 * `isLogFile` replaces that test, for copies kept under other names. Digest files are always
 * left out.
 *
 * @example
 * import { type LogFilesOptions, logFilesIn } from "mediaconvert-cloudtrail"
 * const options: LogFilesOptions = { isLogFile: (key) => key.endsWith(".json.gz") }
 * logFilesIn({ bucket: "trail", key: "copies/a.json.gz" }, options)
 * @category Containers
 * @since 0.2.0
 */
export interface LogFilesOptions {
  readonly isLogFile?: (key: string) => boolean
  /**
   * The buckets objects may be read from; an object in another is left out (`not-allowed`).
   * Default: any bucket. Set it: a notification names whatever its sender chose.
   *
   * @since 0.2.0
   */
  readonly buckets?: ReadonlyArray<string>
  /**
   * The key prefixes objects may have (`AWSLogs/111122223333/`, or an organization's
   * `AWSLogs/o-exampleorg1/`); an object under none of them is left out (`not-allowed`).
   * Default: any key.
   *
   * @since 0.2.0
   */
  readonly keyPrefixes?: ReadonlyArray<string>
  /**
   * The most objects one message may name (one SQS message, or the whole notification outside
   * SQS), a key named again counted once (and left out as `repeated`); past it the message
   * is a failure. Default `DEFAULT_MAX_OBJECTS` (1,000, exported by the main entry).
   *
   * @since 0.2.0
   */
  readonly maxObjects?: number
}
