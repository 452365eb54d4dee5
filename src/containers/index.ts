// The container readers' public surface: re-exports only.
export {
  type CloudWatchLogsEnvelope,
  type CloudWatchLogsPayload,
  decodeCloudWatchLogsEvent,
} from "./formats/cloudwatch-logs"
export {
  decodeEventBridgeEvent,
  type EventBridgeEnvelope,
  isCloudTrailDetailType,
} from "./formats/eventbridge"
export { decodeLakeQueryResults } from "./formats/lake"
export { decodeLogFile } from "./formats/log-file"
export { decodeLookupEventsResponse } from "./formats/lookup-events"
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_LOGS_DATA_BYTES, type ReadOptions } from "./input/text"
export { DEFAULT_MAX_OBJECTS } from "./notifications"
export type {
  LogFileFound,
  LogFiles,
  LogFilesOptions,
  NotificationKind,
  ObjectSkipped,
  ObjectSkipReason,
} from "./notifications/log-files"
export { logFilesIn } from "./notifications/log-files-in"
export { decodeJsonLines } from "./reading/json-lines"
export {
  type MediaConvertEnvelopes,
  type MediaConvertEventFound,
  type MediaConvertEvents,
  type MediaConvertReadOptions,
  type MediaConvertResult,
  type MediaConvertSummary,
  mediaConvertEventsFrom,
} from "./reading/mediaconvert-events"
export { recordsFrom } from "./reading/records-from"
export {
  type ColumnsFound,
  type ContainerKind,
  type EventFound,
  type FailureFound,
  type InsightFound,
  type JobStateFound,
  type RecordFound,
  type RecordResult,
  type Records,
  type Skipped,
  type SkipReason,
  type Summary,
  summarize,
  type Tally,
  tally,
} from "./results/result"
