// reading/: the one wiring from chunks to results (read-chunks.ts: text or bytes → the splitter
// of the format, with the selection's lanes → the reader of pieces, pieces.ts → a sink, with the
// container rules of formats/), and the in-memory readers built on it: recordsFrom,
// decodeJsonLines, mediaConvertEventsFrom. It may import every folder of containers/ below it
// (input/, cutting/, scanner/, selection/, results/, formats/, notifications/).
//
// This index is the door of node/ and s3/ into containers/: besides the public surface
// (containers/index.ts), they import only what is re-exported here.

export type { Piece } from "../cutting"
export type { Segments } from "../input"
export {
  DEFAULT_MAX_BYTES,
  type GzipProblem,
  gzipHeaderEnd,
  gzipProblem,
  gzipTrailer,
  type Inflated,
  isGzip,
  type ReadOptions,
  trailerProblem,
  trailingNotice,
} from "../input"
export type { LogFileFound, LogFilesOptions } from "../notifications"
export { logFilesAt } from "../notifications"
export {
  counter,
  PassedOver,
  type RecordResult,
  type ResultOf,
  Sink,
  type SkipReason,
  type Summary,
  tally,
} from "../results"
export { selectionOf } from "../selection"
export type { MediaConvertResult, MediaConvertSummary } from "./mediaconvert-events"
export { PieceReader } from "./pieces"
export { ChunkReader } from "./read-chunks"
export { WholeFiles } from "./whole-bytes"
