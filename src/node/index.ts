/**
 * Read CloudTrail log files in Node.js: one file, gzipped or not ({@link readLogFile}), a
 * stream of any container, record by record with bounded memory ({@link streamRecords}), or
 * the files of a trail's folder tree ({@link listTrailFiles}). A record that does not decode is
 * reported with where it came from; its neighbours still arrive. See
 * [Containers](https://mediaconvert-cloudtrail.github.io/mediaconvert-cloudtrail/documents/containers.html) for what each format looks like.
 *
 * @module mediaconvert-cloudtrail/node
 */

// Re-exports only. Node built-ins are allowed here and only here (and in the command line).
export { type FileRecords, readLogFile } from "./read-log-file"
export {
  type MediaConvertEnvelopeStream,
  type MediaConvertEventStream,
  type MediaConvertStreamOptions,
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
export { listTrailFiles, type TrailFiles, type TrailSkipReason } from "./trail"
