// The public surface of "mediaconvert-cloudtrail/node": re-exports only. Node built-ins are
// allowed here and only here (and in the command line).
export { type FileRecords, readLogFile } from "./read-log-file"
export {
  type MediaConvertEventStream,
  type SourcedMediaConvertResult,
  streamMediaConvertEvents,
} from "./stream-mediaconvert-events"
export {
  DEFAULT_MAX_RECORD_BYTES,
  type RecordSource,
  type SourcedResult,
  type StreamOptions,
  streamRecords,
} from "./stream-records"
export { listTrailFiles, type TrailFiles } from "./trail"
