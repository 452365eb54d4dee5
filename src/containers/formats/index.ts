// formats/: the containers of records, one file per container (an S3 log file and digest,
// EventBridge, CloudWatch Logs, LookupEvents, CloudTrail Lake), and the recogniser that tells
// them apart by their keys (recognise.ts). They read parsed values into a sink; text inside a
// value goes back to reading/ through a parameter. It may import results/ and the folders below.
export { type RecordsKind, recordsElementInto, recordsKindOf, valueInto } from "./recognise"
