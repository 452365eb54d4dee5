// The container readers' public surface: re-exports only.
export {
  type CloudWatchLogsEnvelope,
  type CloudWatchLogsPayload,
  decodeCloudWatchLogsEvent,
} from "./cloudwatch-logs"
export { decodeEventBridgeEvent, type EventBridgeEnvelope, isCloudTrailDetailType } from "./eventbridge"
export { decodeJsonLines } from "./json-lines"
export { decodeLakeQueryResults } from "./lake"
export { decodeLogFile } from "./log-file"
export type {
  LogFileFound,
  LogFiles,
  LogFilesOptions,
  NotificationKind,
  ObjectSkipped,
  ObjectSkipReason,
} from "./log-files"
export { logFilesIn } from "./log-files-in"
export { decodeLookupEventsResponse } from "./lookup-events"
export {
  type MediaConvertEventFound,
  type MediaConvertEvents,
  type MediaConvertReadOptions,
  type MediaConvertResult,
  type MediaConvertSummary,
  mediaConvertEventsFrom,
} from "./mediaconvert-events"
export { recordsFrom } from "./records-from"
export {
  type ColumnsFound,
  type ContainerKind,
  type EventFound,
  type FailureFound,
  type InsightFound,
  type RecordFound,
  type RecordResult,
  type Records,
  type Skipped,
  type SkipReason,
  type Summary,
  summarize,
  type Tally,
  tally,
} from "./result"
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_LOGS_DATA_BYTES, type ReadOptions } from "./text"
