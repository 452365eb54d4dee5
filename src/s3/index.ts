/**
 * Read CloudTrail log files as they arrive in S3: from an S3 event notification, directly or
 * through SQS ({@link handleSqsEvent} returns the failed messages, so that only they are
 * retried), with the AWS SDK's client or any reader of objects. Needs Node.js, and
 * `@aws-sdk/client-s3` only for {@link s3ObjectReader}. [S3 pipeline](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/s3-pipeline.html)
 * sets it up end to end.
 *
 * @module mediaconvert-cloudtrail/s3
 */

// Re-exports only. Node built-ins and the (optional) AWS SDK are allowed here, as in "./node".
export {
  DEFAULT_OBJECTS_AT_ONCE,
  type HandlerOptions,
  handleNotification,
  type MessageFailure,
  type ResultContext,
} from "./handle-notification"
export {
  DEFAULT_RESERVE_MS,
  handleSqsEvent,
  type SqsBatchResponse,
  type SqsHandlerOptions,
} from "./handle-sqs-event"
export type { ObjectReader } from "./object-reader"
export { DEFAULT_STALL_TIMEOUT_MS, type S3ReaderOptions, s3ObjectReader } from "./s3-object-reader"
export { type ObjectStreamOptions, type ResultStream, streamObjectRecords } from "./stream-object"
