// Reads every input path (files and trail folders) through mediaconvert-cloudtrail/node,
// reporting unreadable and corrupt files by name on stderr while the rest is read.
import { stat } from "node:fs/promises"
import { SingleBar } from "cli-progress"
import { member } from "../codec/read"
import { formatFailure } from "../failure"
import { type StreamOptions, streamRecords } from "../node/stream-records"
import { listTrailFiles } from "../node/trail"
import type { CloudTrailRecord } from "../record/record"

export interface ReadOptions {
  readonly allServices: boolean
  readonly stream: StreamOptions
}

export interface ReadTotals {
  files: number
  records: number
  otherServices: number
  failed: number
  skipped: number
  /** Inputs that could not be read or held corrupt records, by name. */
  readonly problemInputs: Set<string>
}

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const SHOWN_PER_FILE = 5

const problem = (line: string): void => {
  process.stderr.write(`mediaconvert-cloudtrail: ${line}\n`)
}

/** The files to read: each path itself, or the log files below it when it is a folder. */
const expand = async (paths: ReadonlyArray<string>, totals: ReadTotals): Promise<string[]> => {
  const files: string[] = []
  for (const path of paths) {
    try {
      if (!(await stat(path)).isDirectory()) {
        files.push(path)
        continue
      }
    } catch (error) {
      problem(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
      totals.problemInputs.add(path)
      continue
    }
    const trail = await listTrailFiles(path)
    // CloudTrail-Digest folders hold hashes, not records.
    totals.skipped += trail.digestFolders.length
    for (const bad of trail.unreadable) {
      problem(`cannot read ${bad.path}: ${bad.message}`)
      totals.problemInputs.add(bad.path)
    }
    files.push(...trail.files)
  }
  return files
}

/** Reads every record of the inputs, calling `onRecord` for each MediaConvert record (or every record with --all-services). */
export const readInputs = async (
  paths: ReadonlyArray<string>,
  options: ReadOptions,
  onRecord: (record: CloudTrailRecord, source: string) => void,
): Promise<ReadTotals> => {
  const totals: ReadTotals = {
    files: 0,
    records: 0,
    otherServices: 0,
    failed: 0,
    skipped: 0,
    problemInputs: new Set(),
  }
  const files = await expand(paths, totals)
  // A progress bar only for people watching a terminal; pipes and scripts get nothing.
  const bar =
    process.stderr.isTTY === true && files.length > 1
      ? new SingleBar({
          stream: process.stderr,
          format: "reading [{bar}] {value}/{total} files",
          hideCursor: true,
        })
      : undefined
  bar?.start(files.length, 0)
  for (const file of files) {
    totals.files++
    let shown = 0
    let failedHere = 0
    for await (const result of streamRecords(file, options.stream)) {
      switch (result._tag) {
        case "record": {
          const record = result.record
          if (options.allServices || member(record, "eventSource") === MEDIACONVERT) {
            totals.records++
            onRecord(record, file)
          } else totals.otherServices++
          break
        }
        case "failure":
          totals.failed++
          failedHere++
          totals.problemInputs.add(file)
          if (shown++ < SHOWN_PER_FILE) {
            bar?.stop()
            problem(`${file}: ${formatFailure(result.failure).split("\n").join(`\n  `)}`)
            bar?.start(files.length, totals.files)
          }
          break
        default:
          totals.skipped++
      }
    }
    if (failedHere > SHOWN_PER_FILE) problem(`${file}: … and ${failedHere - SHOWN_PER_FILE} more problems`)
    bar?.update(totals.files)
  }
  bar?.stop()
  return totals
}
