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
export { decodeJsonLines } from "./formats/json-lines"
export { decodeLakeQueryResults } from "./formats/lake"
export { decodeLogFile } from "./formats/log-file"
export { decodeLookupEventsResponse } from "./formats/lookup-events"
export {
  type MediaConvertEventFound,
  type MediaConvertEvents,
  type MediaConvertReadOptions,
  type MediaConvertResult,
  type MediaConvertSummary,
  mediaConvertEventsFrom,
} from "./formats/mediaconvert-events"
export { recordsFrom } from "./formats/records-from"
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_LOGS_DATA_BYTES, type ReadOptions } from "./input/text"
export type {
  LogFileFound,
  LogFiles,
  LogFilesOptions,
  NotificationKind,
  ObjectSkipped,
  ObjectSkipReason,
} from "./notifications/log-files"
export { logFilesIn } from "./notifications/log-files-in"
export { DEFAULT_MAX_OBJECTS } from "./notifications/object-checks"
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
} from "./results/result"
