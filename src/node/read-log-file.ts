import { type Summary, tally } from "../containers/reading"
import { type SourcedResult, type StreamOptions, streamRecords } from "./stream-records"

/**
 * Everything read from a file (or a folder): one result per record and the counts.
 *
 * @example
 * import type { FileRecords } from "mediaconvert-cloudtrail/node"
 * const count = (found: FileRecords) => found.summary.decoded
 * @since 0.1.0
 */
export interface FileRecords {
  readonly source: string
  readonly results: ReadonlyArray<SourcedResult>
  readonly summary: Summary
}

/**
 * Reads a whole CloudTrail log file (gzipped or not), or every log file of a folder, into
 * memory: for files of ordinary size. For big files or folders use {@link streamRecords},
 * which this is built on. Never rejects: a file that cannot be read is a failure result.
 *
 * @example
 * import { readLogFile } from "mediaconvert-cloudtrail/node"
 * const { results, summary } = await readLogFile("samples/aws-examples/111122223333_CloudTrail_us-west-2_20240404T1745Z_AwsDocExamples01.json.gz")
 * console.log(summary.decoded, results.length)
 * @since 0.1.0
 */
export const readLogFile = async (path: string, options: StreamOptions = {}): Promise<FileRecords> => {
  const results: SourcedResult[] = []
  const counter = tally()
  for await (const result of streamRecords(path, options)) {
    results.push(result)
    counter.add(result)
  }
  return { source: path, results, summary: counter.summary() }
}
