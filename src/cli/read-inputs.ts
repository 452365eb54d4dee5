// Reads every input path (files and trail folders) through mediaconvert-cloudtrail/node,
// reporting unreadable and corrupt files by name on stderr while the rest is read.

import { createWriteStream, type WriteStream } from "node:fs"
import { stat } from "node:fs/promises"
import { SingleBar } from "cli-progress"
import type { FailureFound, RecordResult } from "../containers/results/result"
import { formatFailure } from "../failure"
import type { JobStateChange } from "../mediaconvert/job-state"
import { streamMediaConvertEvents } from "../node/stream-mediaconvert-events"
import { type SourcedResult, type StreamOptions, streamRecords } from "../node/stream-records"
import { listTrailFiles, type TrailSkipReason } from "../node/trail"
import type { CloudTrailRecord } from "../record/record"
import { visibleLines } from "./output/escape"
import { jsonText } from "./output/json-writer"
import { openOutputFile, refuseOutputOnInput } from "./output-file"

export interface ReadOptions {
  readonly allServices: boolean
  /** Decode only the envelope of MediaConvert records (CloudTrailRecord), not their payloads. */
  readonly envelopeOnly?: boolean
  /** Where to write each failed record whole, one JSON object per line (a dead-letter file). */
  readonly failures?: string
  /** Whether `failures` may be an existing file (never one of the inputs). */
  readonly force?: boolean
  readonly stream: StreamOptions
}

export interface ReadTotals {
  files: number
  records: number
  otherServices: number
  failed: number
  skipped: number
  /** What was skipped, in words (`digest file`, `CloudTrail-Digest folder`, `FIFO`…), and how many. */
  readonly skippedBy: Map<string, number>
  /** Inputs that could not be read or held corrupt records, by name. */
  readonly problemInputs: Set<string>
}

const MEDIACONVERT = "mediaconvert.amazonaws.com"
const SHOWN_PER_FILE = 5

/** Why an entry of a folder was not read, as stderr says it, and its kind in the summary's count. */
const SKIPPED: Readonly<Record<TrailSkipReason, { readonly why: string; readonly kind: string }>> = {
  fifo: { why: "a FIFO (named pipe), not a file: reading it could wait forever", kind: "FIFO" },
  socket: { why: "a socket, not a file", kind: "socket" },
  device: { why: "a device, not a file", kind: "device" },
  "broken-link": { why: "a symbolic link to nothing", kind: "broken link" },
  "link-loop": { why: "a symbolic link back to a folder that holds it (a loop)", kind: "link loop" },
  duplicate: { why: "already read under another name (through a symbolic link)", kind: "duplicate" },
}

/** One problem on stderr, its file names and values made visible (no escape sequence reaches the terminal). */
const problem = (line: string): void => {
  process.stderr.write(`mediaconvert-cloudtrail: ${visibleLines(line)}\n`)
}

/** What a reader's result that is not a record is, in words. */
const skippedWords: Readonly<Record<string, string>> = {
  "digest-file": "digest file",
  "validation-message": "S3 validation message",
  "control-message": "control message",
  "log-file-notification": "log file notification",
  empty: "empty input",
  insight: "Insights record",
  event: "EventBridge event",
  columns: "row of columns",
  jobState: "job-state event",
}

const skip = (totals: ReadTotals, what: string, count = 1): void => {
  totals.skipped += count
  totals.skippedBy.set(what, (totals.skippedBy.get(what) ?? 0) + count)
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
    // CloudTrail-Digest folders hold hashes, not records: counted, not worth a line on stderr.
    if (trail.digestFolders.length > 0) skip(totals, "CloudTrail-Digest folder", trail.digestFolders.length)
    for (const entry of trail.skipped) {
      problem(`skipped ${entry.path}: ${SKIPPED[entry.reason].why}`)
      skip(totals, SKIPPED[entry.reason].kind)
    }
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
  /** MediaConvert's job-state events found beside the records; without it they are counted as skipped. */
  onJobState?: (event: JobStateChange, source: string) => void,
): Promise<ReadTotals> => {
  const totals: ReadTotals = {
    files: 0,
    records: 0,
    otherServices: 0,
    failed: 0,
    skipped: 0,
    skippedBy: new Map(),
    problemInputs: new Set(),
  }
  const files = await expand(paths, totals)
  // Checked before anything is read: a refusal leaves every file as it was.
  refuseOutputOnInput([...paths, ...files])
  const failuresFile = options.failures
  const deadLetters =
    failuresFile !== undefined
      ? createWriteStream(failuresFile, {
          fd: openOutputFile("--failures", failuresFile, [...paths, ...files], options.force === true),
        })
      : undefined
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
  deadLetters?.on("error", (error) => {
    problem(`cannot write ${failuresFile}: ${error.message}`)
    totals.problemInputs.add(failuresFile ?? "")
  })
  // One read of every file: a few files ahead of the one being read, on worker threads when
  // there are many; results come in the files' order, so each file's come together.
  const place = new Map(files.map((file, k) => [file, k + 1]))
  let file = ""
  let shown = 0
  let failedHere = 0
  const fileDone = () => {
    if (failedHere > SHOWN_PER_FILE) problem(`${file}: … and ${failedHere - SHOWN_PER_FILE} more problems`)
  }
  const results = resultsOf(files, options)
  for await (const result of results) {
    if (result.source !== file) {
      fileDone()
      file = result.source
      shown = 0
      failedHere = 0
      bar?.update(place.get(file) ?? totals.files)
    }
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
          bar?.start(files.length, place.get(file) ?? totals.files)
        }
        break
      default: {
        // The MediaConvert reader gives job-state events as results of their own (issue 24).
        const state = result as { readonly _tag: string; readonly event?: JobStateChange }
        if (state._tag === "jobState" && state.event !== undefined && onJobState !== undefined) {
          onJobState(state.event, file)
          break
        }
        const kind = result._tag === "skipped" ? result.reason : result._tag
        skip(totals, Object.hasOwn(skippedWords, kind) ? (skippedWords[kind] as string) : kind)
      }
    }
  }
  fileDone()
  totals.files = files.length
  totals.otherServices += results.summary().passedOver ?? 0
  bar?.update(files.length)
  bar?.stop()
  if (deadLetters !== undefined) await closed(deadLetters)
  return totals
}

/**
 * The results of the files: MediaConvert events decoded whole (the default), or only their
 * envelope (--envelope-only), or every service's records (--all-services).
 */
const resultsOf = (
  files: ReadonlyArray<string>,
  options: ReadOptions,
): AsyncGenerator<SourcedResult> & { readonly summary: () => { readonly passedOver?: number } } => {
  if (options.allServices) return streamRecords(files, options.stream)
  if (options.envelopeOnly === true)
    return streamRecords(files, { ...options.stream, eventSources: [MEDIACONVERT] })
  return streamMediaConvertEvents(files, options.stream) as unknown as AsyncGenerator<SourcedResult> & {
    readonly summary: () => { readonly passedOver?: number }
  }
}

/** A failed record as one line of JSON: where it was, why it failed, and the record itself (or its text). */
export const deadLetter = (result: FailureFound | RecordResult, source: string): string => {
  if (result._tag !== "failure") return ""
  return jsonText({
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
