// Reads every input path (files and trail folders) through mediaconvert-cloudtrail/node,
// reporting unreadable and corrupt files by name on stderr while the rest is read.

import { createWriteStream, type WriteStream } from "node:fs"
import { stat } from "node:fs/promises"
import { SingleBar } from "cli-progress"
import type { FailureFound, RecordResult } from "../containers/results/result"
import { formatFailure } from "../failure"
import { streamMediaConvertEvents } from "../node/stream-mediaconvert-events"
import { type SourcedResult, type StreamOptions, streamRecords } from "../node/stream-records"
import { listTrailFiles } from "../node/trail"
import type { CloudTrailRecord } from "../record/record"

export interface ReadOptions {
  readonly allServices: boolean
  /** Decode only the envelope of MediaConvert records (CloudTrailRecord), not their payloads. */
  readonly envelopeOnly?: boolean
  /** Where to write each failed record whole, one JSON object per line (a dead-letter file). */
  readonly failures?: string
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
  // An empty folder or a mistyped path is not a clean run: say so, and the exit code says 1.
  if (files.length === 0)
    problem(`nothing read: no log files (.json, .jsonl or .ndjson, gzipped or not) in ${paths.join(", ")}`)
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
  const failuresFile = options.failures
  const deadLetters = failuresFile !== undefined ? createWriteStream(failuresFile) : undefined
  deadLetters?.on("error", (error) => {
    problem(`cannot write ${failuresFile}: ${error.message}`)
    totals.problemInputs.add(failuresFile ?? "")
  })
  for (const file of files) {
    totals.files++
    let shown = 0
    let failedHere = 0
    const results = resultsOf(file, options)
    for await (const result of results) {
      switch (result._tag) {
        case "record":
          totals.records++
          onRecord(result.record, file)
          break
        case "failure":
          totals.failed++
          failedHere++
          totals.problemInputs.add(file)
          if (deadLetters !== undefined) deadLetters.write(`${deadLetter(result, file)}\n`)
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
    totals.otherServices += results.summary().passedOver ?? 0
    if (failedHere > SHOWN_PER_FILE) problem(`${file}: … and ${failedHere - SHOWN_PER_FILE} more problems`)
    bar?.update(totals.files)
  }
  bar?.stop()
  if (deadLetters !== undefined) await closed(deadLetters)
  return totals
}

/**
 * The results of one file: MediaConvert events decoded whole (the default), or only their
 * envelope (--envelope-only), or every service's records (--all-services).
 */
const resultsOf = (
  file: string,
  options: ReadOptions,
): AsyncGenerator<SourcedResult> & { readonly summary: () => { readonly passedOver?: number } } => {
  if (options.allServices) return streamRecords(file, options.stream)
  if (options.envelopeOnly === true)
    return streamRecords(file, { ...options.stream, eventSources: [MEDIACONVERT] })
  return streamMediaConvertEvents(file, options.stream) as unknown as AsyncGenerator<SourcedResult> & {
    readonly summary: () => { readonly passedOver?: number }
  }
}

/** A failed record as one line of JSON: where it was, why it failed, and the record itself (or its text). */
export const deadLetter = (result: FailureFound | RecordResult, source: string): string => {
  if (result._tag !== "failure") return ""
  return JSON.stringify({
    source,
    path: result.path,
    issues: result.failure.issues,
    ...("input" in result ? { record: result.input } : {}),
    ...(result.text !== undefined ? { text: result.text } : {}),
  })
}

const closed = (stream: WriteStream): Promise<void> =>
  new Promise((resolve) => {
    if (stream.destroyed) resolve()
    else {
      stream.on("error", () => resolve())
      stream.end(resolve)
    }
  })
