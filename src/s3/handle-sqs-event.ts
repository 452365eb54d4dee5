import { member } from "../codec/read"
import type { LogFileFound, LogFilesOptions } from "../containers/log-files"
import { logFilesAt } from "../containers/log-files-in"
import { formatFailure } from "../failure"
import type { SourcedResult } from "../node/stream-records"
import type { ObjectReader } from "./object-reader"
import {
  type ObjectOutcome,
  type ObjectStreamOptions,
  objectResults,
  type ResultStream,
} from "./stream-object"

/**
 * What an SQS-triggered function returns so that SQS retries only the messages that failed
 * (with `ReportBatchItemFailures` turned on in the event source mapping). The same shape as
 * `SQSBatchResponse` of `@types/aws-lambda`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 * @example
 * import type { SqsBatchResponse } from "mediaconvert-cloudtrail/s3"
 * const none: SqsBatchResponse = { batchItemFailures: [] }
 * @since 0.2.0
 */
export interface SqsBatchResponse {
  readonly batchItemFailures: Array<{ readonly itemIdentifier: string }>
}

/**
 * Why a message is reported as failed: `not-a-notification` (its body names no log files
 * and is none of the messages to skip), `unreadable` (an object it names could not be read
 * whole: missing, denied, a server error, a stall, gzip data that ends early),
 * `callback-failed` (`onResult` threw or rejected), or `no-message-id` (an SQS record
 * without one, which cannot be reported back; it is counted here only).
 *
 * @example
 * import type { MessageFailure } from "mediaconvert-cloudtrail/s3"
 * const log = (failure: MessageFailure) => console.error(failure.messageId, failure.reason, failure.detail)
 * @since 0.2.0
 */
export interface MessageFailure {
  readonly messageId: string | undefined
  readonly reason: "not-a-notification" | "unreadable" | "callback-failed" | "no-message-id"
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
  readonly messageId: string
  readonly file: LogFileFound
}

/**
 * How {@link handleSqsEvent} works: where objects come from (`read`), what happens to each
 * result (`onResult`), and optionally how bytes become results (`stream`, default
 * `streamRecords`), how many messages are read at once, which objects are log files, and a
 * hook told of each failed message.
 *
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { type SqsHandlerOptions, s3ObjectReader } from "mediaconvert-cloudtrail/s3"
 * const options: SqsHandlerOptions = {
 *   read: s3ObjectReader(new S3Client({})),
 *   onResult: (result) => {
 *     if (result._tag === "record") console.log(result.record.eventTime)
 *   },
 *   concurrency: 4,
 * }
 * @since 0.2.0
 */
export interface SqsHandlerOptions<R = SourcedResult> extends ObjectStreamOptions<R>, LogFilesOptions {
  readonly read: ObjectReader
  /** Called once per result, in order within an object; a throw or a rejection fails the message. */
  readonly onResult: (result: R, context: ResultContext) => void | Promise<void>
  /** Told of each message reported as failed, with the reason. */
  readonly onMessageFailure?: (failure: MessageFailure) => void
  /** How many messages are read at once. Default 4. */
  readonly concurrency?: number
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** Reads every log file one message names; the first failure ends the message. */
const handleMessage = async <R>(
  record: unknown,
  at: number,
  options: SqsHandlerOptions<R>,
): Promise<MessageFailure | undefined> => {
  const messageId = member(record, "messageId")
  if (typeof messageId !== "string")
    return {
      messageId: undefined,
      reason: "no-message-id",
      detail: `Records[${at}] has no messageId`,
      file: undefined,
    }
  const found = logFilesAt(member(record, "body"), ["Records", `[${at}]`, "body"], options, messageId)
  if (found.failures.length > 0) {
    const detail = found.failures.map((failure) => formatFailure(failure.failure)).join("; ")
    return { messageId, reason: "not-a-notification", detail, file: undefined }
  }
  for (const file of found.files) {
    const outcome: ObjectOutcome = { unreadable: undefined }
    const context: ResultContext = { messageId, file }
    const results = objectResults(options.read, file.bucket, file.key, options, outcome)
    try {
      for await (const result of results) {
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
  }
  return undefined
}

/**
 * Handles an SQS event whose messages are notifications of new CloudTrail log files (S3's,
 * directly or through SNS; EventBridge's `Object Created`; CloudTrail's own through SNS):
 * reads every log file each message names through `read`, hands each result to `onResult`,
 * and returns `{ batchItemFailures }` naming exactly the messages to retry: those with an
 * object that could not be read whole, those whose `onResult` failed, and those that are not
 * notifications at all (after `maxReceiveCount` tries they go to the queue's dead-letter
 * queue, where they can be looked at). A bad record inside an object is a result like any
 * other, not a failed message; digest files, test events and validation messages are
 * skipped. Delivery is at least once: a retried message's records are handed over again, so
 * `onResult` should be idempotent (records carry `eventID`). Never throws.
 *
 * To read MediaConvert events instead of records, pass their stream function as `stream`.
 *
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { handleSqsEvent, s3ObjectReader } from "mediaconvert-cloudtrail/s3"
 * const read = s3ObjectReader(new S3Client({}))
 * export const handler = (event: unknown) =>
 *   handleSqsEvent(event, {
 *     read,
 *     onResult: (result, { file }) => {
 *       if (result._tag === "record") console.log(result.record.eventTime, file.key)
 *       else if (result._tag === "failure") console.error(result.source, result.path)
 *     },
 *     onMessageFailure: (failure) => console.error(failure.messageId, failure.reason, failure.detail),
 *   })
 * @since 0.2.0
 */
export function handleSqsEvent(
  event: unknown,
  options: SqsHandlerOptions<SourcedResult>,
): Promise<SqsBatchResponse>
export function handleSqsEvent<R>(
  event: unknown,
  options: SqsHandlerOptions<R> & { readonly stream: ResultStream<R> },
): Promise<SqsBatchResponse>
export async function handleSqsEvent<R>(
  event: unknown,
  options: SqsHandlerOptions<R>,
): Promise<SqsBatchResponse> {
  const batchItemFailures: Array<{ itemIdentifier: string }> = []
  const report = (failure: MessageFailure): void => {
    if (failure.messageId !== undefined) batchItemFailures.push({ itemIdentifier: failure.messageId })
    try {
      options.onMessageFailure?.(failure)
    } catch {}
  }
  let records: unknown
  try {
    records = member(event, "Records")
  } catch {}
  if (!Array.isArray(records)) {
    report({
      messageId: undefined,
      reason: "no-message-id",
      detail: "not an SQS event: no Records",
      file: undefined,
    })
    return { batchItemFailures }
  }
  const width = Math.max(1, Math.floor(options.concurrency ?? 4))
  let next = 0
  const worker = async (): Promise<void> => {
    for (let at = next++; at < records.length; at = next++) {
      let failure: MessageFailure | undefined
      try {
        failure = await handleMessage(records[at], at, options)
      } catch (error) {
        const messageId = member(records[at], "messageId")
        failure = {
          messageId: typeof messageId === "string" ? messageId : undefined,
          reason: "unreadable",
          detail: message(error),
          file: undefined,
        }
      }
      if (failure !== undefined) report(failure)
    }
  }
  await Promise.all(Array.from({ length: Math.min(width, records.length) }, worker))
  // In the order of the messages, as a reader of logs expects.
  const order = new Map(records.map((record, i) => [member(record, "messageId"), i]))
  batchItemFailures.sort((a, b) => (order.get(a.itemIdentifier) ?? 0) - (order.get(b.itemIdentifier) ?? 0))
  return { batchItemFailures }
}
