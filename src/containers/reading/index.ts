// reading/: the one wiring from chunks to results (read-chunks.ts: text or bytes → the splitter
// of the format, with the selection's lanes → the reader of pieces, pieces.ts → a sink, with the
// container rules of formats/), and the in-memory readers built on it: recordsFrom,
// decodeJsonLines, mediaConvertEventsFrom. It may import every folder of containers/ below it
// (input/, cutting/, scanner/, selection/, results/, formats/, notifications/).
//
// This index is the door of node/ and s3/ into containers/: besides the public surface
// (containers/index.ts), they import only what is re-exported here.

export type { Segments } from "../input/path"
export { DEFAULT_MAX_BYTES, gzipProblem, isGzip, type ReadOptions } from "../input/text"
export type { LogFileFound, LogFilesOptions } from "../notifications/log-files"
export { logFilesAt } from "../notifications/log-files-in"
export {
  counter,
  type RecordResult,
  type ResultOf,
  type SkipReason,
  type Summary,
  tally,
} from "../results/result"
export { Sink } from "../results/sink"
export { selectionOf } from "../selection/select"
export type { MediaConvertResult, MediaConvertSummary } from "./mediaconvert-events"
export { ChunkReader } from "./read-chunks"
