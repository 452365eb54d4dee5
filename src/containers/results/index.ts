// results/: what the readers give. The result kinds, tallies and summaries (result.ts, public),
// and the Sink generic over the record type it decodes to, where every reader puts results
// (sink.ts). It may import selection/ and the folders below it, and record/, mediaconvert/.
export {
  type ColumnsFound,
  type ContainerKind,
  counter,
  type EventFound,
  type FailureFound,
  type InsightFound,
  type RecordResult,
  type Records,
  type ResultOf,
  type Skipped,
  type SkipReason,
  type Summary,
  tally,
} from "./result"
export { Sink } from "./sink"
