// The public surface of "mediaconvert-cloudtrail/s3": re-exports only. Node built-ins and the
// (optional) AWS SDK are allowed here, as in "./node".
export {
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
