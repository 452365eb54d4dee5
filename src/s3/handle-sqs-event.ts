import { member } from "../codec/read"
import type { SourcedResult } from "../node/stream-records"
import { type HandlerOptions, type MessageFailure, readNotification, type Stop } from "./handle-notification"
import type { ResultStream } from "./stream-object"

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
 * How {@link handleSqsEvent} works: the options of every handler (`read`, `onResult`, …) and
 * how many messages are read at once.
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
export interface SqsHandlerOptions<R = SourcedResult> extends HandlerOptions<R> {
  /** How many messages are read at once. Default 4. */
  readonly concurrency?: number
  /**
   * The time the function has left, in milliseconds: `() => context.getRemainingTimeInMillis()`.
   * When given, the handler returns `reserveMs` before the end, with every message not yet
   * finished reported as failed (`out-of-time`), so that a timeout never makes SQS retry the
   * whole batch, the finished messages included.
   */
  readonly remainingTimeMs?: () => number
  /** How long before the end to return, with `remainingTimeMs`. Default {@link DEFAULT_RESERVE_MS}. */
  readonly reserveMs?: number
}

/**
 * How long before a function's timeout {@link handleSqsEvent} returns when it is given
 * `remainingTimeMs`: 5 seconds, time enough to return the answer and flush logs.
 *
 * @example
 * import { DEFAULT_RESERVE_MS } from "mediaconvert-cloudtrail/s3"
 * console.log(DEFAULT_RESERVE_MS) // 5000
 * @since 0.2.0
 */
export const DEFAULT_RESERVE_MS = 5_000

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** One SQS message: its body is the notification. */
const handleMessage = async <R>(
  record: unknown,
  at: number,
  options: SqsHandlerOptions<R>,
  stop: Stop,
): Promise<MessageFailure | undefined> => {
  const messageId = member(record, "messageId")
  if (typeof messageId !== "string")
    return {
      messageId: undefined,
      reason: "no-message-id",
      detail: `Records[${at}] has no messageId`,
      file: undefined,
    }
  return readNotification(member(record, "body"), ["Records", `[${at}]`, "body"], messageId, options, stop)
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
  const stop: Stop = { stopped: false }
  const finished = new Set<number>()
  let next = 0
  const worker = async (): Promise<void> => {
    for (let at = next++; at < records.length && !stop.stopped; at = next++) {
      let failure: MessageFailure | undefined
      try {
        failure = await handleMessage(records[at], at, options, stop)
      } catch (error) {
        const messageId = member(records[at], "messageId")
        failure = {
          messageId: typeof messageId === "string" ? messageId : undefined,
          reason: "unreadable",
          detail: message(error),
          file: undefined,
        }
      }
      // Past the deadline every unfinished message has been reported already.
      if (stop.stopped) return
      finished.add(at)
      if (failure !== undefined) report(failure)
    }
  }
  const workers = Promise.all(Array.from({ length: Math.min(width, records.length) }, worker))
  let timer: ReturnType<typeof setTimeout> | undefined
  let left: number | undefined
  try {
    left = options.remainingTimeMs?.()
  } catch {}
  if (typeof left === "number" && Number.isFinite(left)) {
    const wait = Math.max(0, left - (options.reserveMs ?? DEFAULT_RESERVE_MS))
    await Promise.race([workers, new Promise<void>((resolve) => (timer = setTimeout(resolve, wait)))])
    clearTimeout(timer)
  } else await workers
  if (finished.size < records.length) {
    stop.stopped = true
    for (let at = 0; at < records.length; at++) {
      if (finished.has(at)) continue
      const messageId = member(records[at], "messageId")
      report({
        messageId: typeof messageId === "string" ? messageId : undefined,
        reason: "out-of-time",
        detail: "the function's time ran out before this message was read (remainingTimeMs, reserveMs)",
        file: undefined,
      })
    }
  }
  // In the order of the messages, as a reader of logs expects.
  const order = new Map(records.map((record, i) => [member(record, "messageId"), i]))
  batchItemFailures.sort((a, b) => (order.get(a.itemIdentifier) ?? 0) - (order.get(b.itemIdentifier) ?? 0))
  return { batchItemFailures }
}
