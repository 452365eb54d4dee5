import { statSync } from "node:fs"
import { stat } from "node:fs/promises"
import { StringDecoder } from "node:string_decoder"
import {
  ChunkReader,
  counter,
  DEFAULT_MAX_BYTES,
  type ReadOptions,
  type RecordResult,
  type ResultOf,
  type Segments,
  Sink,
  type SkipReason,
  type Summary,
  selectionOf,
} from "../containers/reading"
import { failureAt, jsonPath } from "../failure"
import { decodeRecord } from "../record/decode"
import { withoutByteOrderMark } from "./byte-order-mark"
import { fileChunks, isGzipFile } from "./file-chunks"
import { inflatedOnWorker } from "./gzip-file"
import { BytesProblem, inflated } from "./inflate"
import { workerRuns, worthAWorker } from "./inflate-worker"
import { type FileReading, manyFiles } from "./many-files"
import { listTrailFiles } from "./trail"

/**
 * The default cap on the text of one record (or one JSON Lines line) while streaming: 64 MiB,
 * far above CloudTrail's 256 KB (1 MB in Lake) per event.
 *
 * @example
 * import { DEFAULT_MAX_RECORD_BYTES } from "mediaconvert-cloudtrail/node"
 * console.log(DEFAULT_MAX_RECORD_BYTES) // 67108864
 * @since 0.1.0
 */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024

/**
 * How {@link streamRecords} reads: the caps of {@link ReadOptions} (`maxBytes`, default 1 GiB
 * inflated per file), a cap on one record's text, and the format of a stream.
 *
 * @example
 * import type { StreamOptions } from "mediaconvert-cloudtrail/node"
 * const options: StreamOptions = { maxBytes: 8 * 1024 ** 3, format: "auto" }
 * @since 0.1.0
 */
export interface StreamOptions extends ReadOptions {
  /** The longest text of one record or line, in characters. Default {@link DEFAULT_MAX_RECORD_BYTES}. */
  readonly maxRecordBytes?: number
  /**
   * `json`: one JSON document per file (a log file, cut record by record; several documents in
   * a row are read as JSON Lines). `jsonl`: one JSON value per line. `auto` (the default):
   * `jsonl` for names ending in `.jsonl` or `.ndjson` (gzipped or not), `json` otherwise.
   */
  readonly format?: "auto" | "json" | "jsonl"
  /** The name given to a stream in results' `source`. Default `"stream"`. */
  readonly name?: string
  /**
   * Files up to this size on disk (in bytes) are read whole and inflated in one call; larger
   * ones are streamed. Default 1 MiB (CloudTrail's files are tens of kilobytes); 0 streams
   * every file.
   *
   * @since 0.2.0
   */
  readonly smallFileBytes?: number
  /**
   * Whether small files are read and inflated ahead, on a thread of their own, while the
   * files before them are cut (at most 40 files, each at most 4 MiB inflated). Default: where
   * there are 32 files or more and more than one core. `false` reads each file on the main
   * thread in its turn, starting no thread. The results are the same either way.
   *
   * @since 0.2.0
   */
  readonly readAhead?: boolean
  /**
   * The threads that read a folder of many small files: with more than 1, each of `workers`
   * threads reads, inflates, cuts, selects, parses and decodes whole files and hands over only
   * what is kept; results still come in path order. Default 1: the main thread, with the
   * files read ahead (`readAhead`), which already keeps two cores busy; workers cost more
   * processor time, each starting its own copy of the library. Try more on many idle cores
   * with a selection that passes over most records. Fewer than 32 files are read on the main
   * thread.
   *
   * @since 0.2.0
   */
  readonly workers?: number
}

/**
 * A result of {@link streamRecords}, with the file it came from (or the stream's name).
 *
 * @example
 * import type { SourcedResult } from "mediaconvert-cloudtrail/node"
 * const where = (result: SourcedResult) => `${result.source} ${result.path}`
 * @since 0.1.0
 */
export type SourcedResult = RecordResult & { readonly source: string }

/** A result of any record type, with its source. */
type Sourced<R> = ResultOf<R> & { readonly source: string }

/**
 * What {@link streamRecords} reads: a file or folder path, a list of them (read in the order
 * given, each folder's files in path order), or a stream of bytes (a Node `Readable`, a web
 * `ReadableStream`, any async iterable of `Uint8Array`).
 *
 * @example
 * import type { RecordSource } from "mediaconvert-cloudtrail/node"
 * const source: RecordSource = "samples/trail"
 * @since 0.1.0
 */
export type RecordSource = string | ReadonlyArray<string> | AsyncIterable<unknown>

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** How bytes reach the reader of chunks: decoded here, or as they are through its byte lane. */
interface Feed {
  push(chunk: Uint8Array): void
  end(): void
}

/**
 * The text of the bytes: decoded chunk by chunk, a character split across chunks kept whole,
 * with Node's StringDecoder (markedly faster here than TextDecoder in streaming mode; invalid
 * sequences become U+FFFD either way).
 */
const textFeed = (chunks: ChunkReader): Feed => {
  const decoder = new StringDecoder("utf8")
  return {
    push: (chunk) => chunks.text(decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk))),
    end: () => {
      const rest = decoder.end()
      if (rest !== "") chunks.text(rest)
      chunks.end()
    },
  }
}

/** Reads the bytes of one source with the one wiring of the core (containers/reading/). */
async function* pieces<R>(
  bytes: AsyncIterable<Uint8Array>,
  options: StreamOptions,
  lines: boolean,
  sink: Sink<R>,
): AsyncGenerator<ResultOf<R>, void, undefined> {
  const max = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES
  const chunks = new ChunkReader(sink, options, { maxPieceLength: max, lines, bytes: true })
  // With a selection, records of a log file are cut from the bytes and only those to be parsed are decoded.
  const feed: Feed = chunks.takesBytes
    ? { push: (chunk) => chunks.bytes(chunk), end: () => chunks.end() }
    : textFeed(chunks)
  try {
    for await (const chunk of withoutByteOrderMark(bytes)) {
      feed.push(chunk)
      yield* sink.drain()
    }
    feed.end()
    yield* sink.drain()
  } catch (error) {
    const problem =
      error instanceof BytesProblem
        ? error
        : { expected: "bytes that can be read", found: `an error while reading: ${message(error)}` }
    chunks.brokenOff(problem.expected, problem.found)
    yield* sink.drain()
  }
}

const failedAt = (at: Segments, error: unknown): ResultOf<never> => {
  const path = jsonPath(at)
  const failure =
    error instanceof BytesProblem
      ? failureAt(at, error.expected, error.found)
      : failureAt(at, "bytes that can be read", `an error while reading: ${message(error)}`)
  return { _tag: "failure", failure, path }
}

async function* fromStream<R>(
  chunks: AsyncIterable<unknown>,
  source: string,
  jsonLines: boolean,
  options: StreamOptions,
  sink: Sink<R>,
): AsyncGenerator<Sourced<R>> {
  // Bytes after the gzip data are told after the records, as the in-memory readers tell them.
  let trailing: string | undefined
  const bytes = inflated(chunks, options.maxBytes ?? DEFAULT_MAX_BYTES, (notice) => {
    trailing = notice
  })
  for await (const result of pieces(bytes, options, jsonLines, sink)) yield { ...result, source }
  if (trailing !== undefined) yield skipped("trailing-data", trailing, source)
}

const jsonLinesName = /\.(?:jsonl|ndjson)(?:\.gz)?$/i

const isJsonLines = (path: string, options: StreamOptions): boolean =>
  options.format === "jsonl" || (options.format !== "json" && jsonLinesName.test(path))

async function* streamFile<R>(
  path: string,
  options: StreamOptions,
  sink: Sink<R>,
): AsyncGenerator<Sourced<R>> {
  const jsonLines = isJsonLines(path, options)
  // A large gzipped file is inflated on a worker thread (inflate-worker.ts).
  if (worthAWorker((await stat(path)).size) && (await isGzipFile(path)) && workerRuns()) {
    let trailing: string | undefined
    const bytes = inflatedOnWorker(path, options.maxBytes ?? DEFAULT_MAX_BYTES, (notice) => {
      trailing = notice
    })
    for await (const result of pieces(bytes, options, jsonLines, sink)) yield { ...result, source: path }
    if (trailing !== undefined) yield skipped("trailing-data", trailing, path)
    return
  }
  yield* fromStream(fileChunks(path), path, jsonLines, options, sink)
}

const skipped = (reason: SkipReason, detail: string, source: string): Sourced<never> => ({
  _tag: "skipped",
  reason,
  detail,
  path: "$",
  source,
})

const unreadable = (source: string, found: string): Sourced<never> => ({
  _tag: "failure",
  failure: failureAt([], "a file or folder that can be read", found),
  path: "$",
  source,
})

/**
 * Streams the results of a CloudTrail log file, a folder of them laid out as a trail
 * (`AWSLogs/<account>/CloudTrail/<region>/<YYYY>/<MM>/<DD>/*.json.gz`, organization trails
 * too; `CloudTrail-Digest` folders are reported as skipped), or a stream of bytes. Gzip is
 * recognised by its magic number and inflated with `node:zlib`, capped at `maxBytes`; a
 * gzipped file of 4 MiB or more is inflated on a worker thread (one for the process, started
 * on first use; it never keeps the process alive).
 *
 * Memory stays flat whatever the file's size, including files larger than the largest string
 * V8 can hold: the text of `{"Records":[…]}` is cut one record at a time and each record is
 * parsed alone. JSON Lines files are read a line at a time. Each result carries its `source`
 * and its JSON path; a file that cannot be read, is corrupt or ends early gives a failure
 * where it broke, after every record read before it, and the next file is still read; a
 * broken record costs that record alone (the reader picks up again at the next record).
 * With `eventSources`, records of other services are passed over, most without being parsed
 * or even decoded from UTF-8.
 * `summary()` gives the counts so far (and those passed over). The iterator never throws.
 *
 * @example
 * import { streamRecords } from "mediaconvert-cloudtrail/node"
 * for await (const result of streamRecords("samples/trail")) {
 *   if (result._tag === "record") console.log(result.record.eventTime)
 *   else if (result._tag === "failure") console.error(result.source, result.path)
 * }
 * @since 0.1.0
 */
export const streamRecords = (
  source: RecordSource,
  options: StreamOptions = {},
): AsyncGenerator<SourcedResult, void, undefined> & { readonly summary: () => Summary } => {
  const sink = new Sink(decodeRecord, { selection: selectionOf(options.eventSources) })
  return withSummary(resultsOf(source, options, sink), (counted) =>
    sink.policy.selection === undefined ? counted : { ...counted, ...sink.passed.summary() },
  )
}

/**
 * Internal. Adds `summary()` to a generator of results: the counts of what it gave so far,
 * completed by `summaryOf` (with what was passed over).
 */
export const withSummary = <T extends ResultOf<unknown>, S extends Summary>(
  results: AsyncGenerator<T, void, undefined>,
  summaryOf: (counted: Summary) => S,
): AsyncGenerator<T, void, undefined> & { readonly summary: () => S } => {
  const count = counter()
  async function* counted(): AsyncGenerator<T, void, undefined> {
    for await (const result of results) {
      count.add(result)
      yield result
    }
  }
  const generator = counted()
  return Object.assign(generator, { summary: (): S => summaryOf(count.summary()) })
}

/** Internal. The results of a source, read into `sink` (which holds the selection and the counts passed over). */
export async function* resultsOf<R>(
  source: RecordSource,
  options: StreamOptions,
  sink: Sink<R>,
): AsyncGenerator<Sourced<R>, void, undefined> {
  if (typeof source !== "string" && !isPaths(source)) {
    const name = options.name ?? "stream"
    try {
      yield* fromStream(source, name, options.format === "jsonl", options, sink)
    } catch (error) {
      yield { ...failedAt([], error), source: name }
    }
    return
  }
  const files: string[] = []
  for (const path of typeof source === "string" ? [source] : source) {
    let isFolder: boolean
    try {
      // Synchronous: the command line hands over thousands of files, and a stat through
      // libuv's threads cost the main thread ten times the call's own time.
      isFolder = statSync(path).isDirectory()
    } catch (error) {
      yield unreadable(path, message(error))
      continue
    }
    if (!isFolder) {
      files.push(path)
      continue
    }
    const trail = await listTrailFiles(path)
    for (const folder of trail.digestFolders)
      yield skipped("digest-file", "CloudTrail-Digest folder: digest files hold hashes, not records", folder)
    for (const problem of trail.unreadable) yield unreadable(problem.path, problem.message)
    files.push(...trail.files)
  }
  // Every file of every path, in one read: a few files ahead, on workers when there are many.
  yield* manyFiles(files, options, sink, fileReading(options, sink))
}

const isPaths = (source: RecordSource): source is ReadonlyArray<string> => Array.isArray(source)

/** How the reader of many files reads one: streamed, or whole with the same options. */
const fileReading = <R>(options: StreamOptions, sink: Sink<R>): FileReading<R> => ({
  stream: (file) => guarded(streamFile(file, options, sink), file),
  failed: (file, error) => ({ ...failedAt([], error), source: file }),
  lines: (file) => isJsonLines(file, options),
  maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
})

/** Passes results on; anything thrown becomes a failure of that source. */
async function* guarded<R>(results: AsyncGenerator<Sourced<R>>, source: string): AsyncGenerator<Sourced<R>> {
  try {
    yield* results
  } catch (error) {
    yield { ...failedAt([], error), source }
  }
}
