// notifications/: from S3, SQS, SNS and EventBridge notifications (and object listings) to the
// log objects they name: logFilesIn and its types, and what an object key says. It may import
// results/ and the folders below it.
export type { LogFileFound, LogFilesOptions } from "./log-files"
export { logFilesAt } from "./log-files-in"
export { DEFAULT_MAX_OBJECTS } from "./object-checks"
