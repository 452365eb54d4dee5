import { type LogFileFound, type LogFilesOptions, logFilesAt, type Segments } from "../containers/reading"
import { formatFailure } from "../failure"
import type { SourcedResult } from "../node/stream-records"
import type { ObjectReader } from "./object-reader"
import { type Started, startReading } from "./read-ahead"
import {
  type ObjectOutcome,
  type ObjectStreamOptions,
  objectResults,
  type ResultStream,
} from "./stream-object"

/**
 * Why a message is reported as failed: `not-a-notification` (its body names no log files
 * and is none of the messages to skip), `unreadable` (an object it names could not be read
 * whole: missing, denied, a server error, a stall, gzip data that ends early),
 * `callback-failed` (`onResult` threw or rejected), `out-of-time` (the function's time ran
 * out first, see `remainingTimeMs`), or `no-message-id` (an SQS record without one, which
 * cannot be reported back; it is counted here only).
 *
 * @example
 * import type { MessageFailure } from "mediaconvert-cloudtrail/s3"
 * const log = (failure: MessageFailure) => console.error(failure.messageId, failure.reason, failure.detail)
 * @since 0.2.0
 */
export interface MessageFailure {
  readonly messageId: string | undefined
  readonly reason: "not-a-notification" | "unreadable" | "callback-failed" | "no-message-id" | "out-of-time"
  readonly detail: string
  /** The object being read, for `unreadable` and `callback-failed`. */
  readonly file: LogFileFound | undefined
}

/**
 * Where a result came from: the log file (bucket, key, the notification that named it) and
 * the SQS message.
 *
 * @example
 * import type { ResultContext } from "mediaconvert-cloudtrail/s3"
 * const where = (context: ResultContext) => `${context.messageId} s3://${context.file.bucket}/${context.file.key}`
 * @since 0.2.0
 */
export interface ResultContext {
  /** The SQS message, when the notification came in one. */
  readonly messageId: string | undefined
  readonly file: LogFileFound
}

/**
 * What every handler needs: where objects come from (`read`), what happens to each result
 * (`onResult`), and optionally how bytes become results (`stream`, default
 * `streamRecords`), which objects are log files (`isLogFile`), the buckets and key prefixes
 * allowed (`buckets`, `keyPrefixes`; default any: set them), the most objects one message
 * may name (`maxObjects`, default 1,000), the caps of `streamRecords`, and a hook told of
 * each failure.
 *
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { type HandlerOptions, s3ObjectReader } from "mediaconvert-cloudtrail/s3"
 * const options: HandlerOptions = {
 *   read: s3ObjectReader(new S3Client({}), { expectedBucketOwner: "111122223333" }),
 *   buckets: ["amzn-s3-demo-bucket"],
 *   keyPrefixes: ["AWSLogs/111122223333/CloudTrail/"],
 *   onResult: (result, { file }) => console.log(file.key, result._tag),
 * }
 * @since 0.2.0
 */
export interface HandlerOptions<R = SourcedResult> extends ObjectStreamOptions<R>, LogFilesOptions {
  readonly read: ObjectReader
  /** Called once per result, in order within an object; a throw or a rejection fails the message. */
  readonly onResult: (result: R, context: ResultContext) => void | Promise<void>
  /** Told of each message (or notification) that failed, with the reason. */
  readonly onMessageFailure?: (failure: MessageFailure) => void
  /**
   * How many objects of one notification are read at once: the next ones are requested while
   * one is handed over (at most 1 MiB of each waits), since S3's latency, not the CPU, bounds
   * a read of small objects one by one. Results still come object by object, in order.
   * Default {@link DEFAULT_OBJECTS_AT_ONCE}; 1 reads one object at a time.
   *
   * @since 0.2.0
   */
  readonly objectsAtOnce?: number
}

/**
 * How many objects of one notification {@link handleNotification} reads at once by default: 8.
 *
 * @example
 * import { DEFAULT_OBJECTS_AT_ONCE } from "mediaconvert-cloudtrail/s3"
 * console.log(DEFAULT_OBJECTS_AT_ONCE) // 8
 * @since 0.2.0
 */
export const DEFAULT_OBJECTS_AT_ONCE = 8

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Internal: set when the handler has given up on what is still being read. */
export interface Stop {
  stopped: boolean
}

/** Internal: reads every log file one notification names; the first failure ends it. */
export const readNotification = async <R>(
  notification: unknown,
  at: Segments,
  messageId: string | undefined,
  options: HandlerOptions<R>,
  stop: Stop = { stopped: false },
): Promise<MessageFailure | undefined> => {
  const found = logFilesAt(notification, at, options, messageId)
  if (found.failures.length > 0) {
    const detail = found.failures.map((failure) => formatFailure(failure.failure)).join("; ")
    return { messageId, reason: "not-a-notification", detail, file: undefined }
  }
  // The next objects are requested while one is read (read-ahead.ts); those not reached when
  // the notification fails are stopped.
  const ahead = Math.max(1, Math.floor(options.objectsAtOnce ?? DEFAULT_OBJECTS_AT_ONCE))
  const started: Array<Started | undefined> = []
  const start = (k: number) => {
    const file = found.files[k]
    if (file !== undefined && started[k] === undefined && ahead > 1)
      started[k] = startReading(options.read, file.bucket, file.key)
  }
  try {
    for (let k = 0; k < found.files.length; k++) {
      for (let next = k; next < k + ahead; next++) start(next)
      const failure = await readObject(found.files[k] as LogFileFound, started[k]?.read ?? options.read)
      started[k] = undefined
      if (failure !== undefined) return failure
    }
  } finally {
    for (const reading of started) reading?.stop()
  }
  return undefined

  async function readObject(file: LogFileFound, read: ObjectReader): Promise<MessageFailure | undefined> {
    const outcome: ObjectOutcome = { unreadable: undefined }
    const context: ResultContext = { messageId, file }
    const results = objectResults(read, file.bucket, file.key, options, outcome)
    try {
      for await (const result of results) {
        // Leaving the loop ends the read: the stream is closed, nothing more is handed over.
        if (stop.stopped) return { messageId, reason: "out-of-time", detail: "stopped", file }
        try {
          const pending = options.onResult(result, context)
          if (pending !== undefined) await pending
        } catch (error) {
          return { messageId, reason: "callback-failed", detail: message(error), file }
        }
      }
    } catch (error) {
      // Only a `stream` of the caller's can throw here; streamRecords never does.
      return { messageId, reason: "unreadable", detail: message(error), file }
    }
    if (outcome.unreadable !== undefined) {
      const where = `s3://${file.bucket}/${file.key}`
      const detail = outcome.unreadable.includes(where)
        ? outcome.unreadable
        : `${where}: ${outcome.unreadable}`
      return { messageId, reason: "unreadable", detail, file }
    }
    return undefined
  }
}

/**
 * Reads every log file one notification names (any shape `logFilesIn` (main entry) knows: S3's,
 * SNS's, EventBridge's, CloudTrail's own, or a Step Functions batch of keys from a listing)
 * and hands each result to `onResult`. Resolves to undefined when every object was read
 * whole, or to the first {@link MessageFailure}: an object that could not be read whole,
 * `onResult` failing, or an input that is not a notification. A bad record inside an object
 * is a result, not a failure. Never rejects. {@link handleSqsEvent} runs this for each
 * message of an SQS batch; a backfill runs it for each batch of a listing.
 *
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { handleNotification, s3ObjectReader } from "mediaconvert-cloudtrail/s3"
 * const read = s3ObjectReader(new S3Client({}))
 * // A Step Functions distributed map's batch ({ Items, BatchInput }) or any notification:
 * export const backfill = async (batch: unknown) => {
 *   const failure = await handleNotification(batch, {
 *     read,
 *     onResult: (result) => {
 *       if (result._tag === "record") console.log(result.record.eventTime)
 *     },
 *   })
 *   if (failure !== undefined) throw new Error(`${failure.reason}: ${failure.detail}`) // Step Functions retries
 * }
 * @since 0.2.0
 */
export function handleNotification(
  notification: unknown,
  options: HandlerOptions<SourcedResult>,
): Promise<MessageFailure | undefined>
export function handleNotification<R>(
  notification: unknown,
  options: HandlerOptions<R> & { readonly stream: ResultStream<R> },
): Promise<MessageFailure | undefined>
export async function handleNotification<R>(
  notification: unknown,
  options: HandlerOptions<R>,
): Promise<MessageFailure | undefined> {
  let failure: MessageFailure | undefined
  try {
    failure = await readNotification(notification, [], undefined, options)
  } catch (error) {
    failure = { messageId: undefined, reason: "unreadable", detail: message(error), file: undefined }
  }
  if (failure !== undefined)
    try {
      options.onMessageFailure?.(failure)
    } catch {}
  return failure
}
