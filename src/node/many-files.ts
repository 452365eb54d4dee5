// Reads files one after another, in path order: a small file read whole and inflated in one
// call (whole-file.ts), on the inflating worker while the files before it are cut
// (read-ahead.ts; on the main thread where there is one core), and cut with state kept from
// file to file; a large one streamed in its turn with bounded memory, as before. With
// `workers` above 1, worker threads read, cut, select, parse and decode the small files, a
// few files ahead, and post what is kept.

import { availableParallelism } from "node:os"
import {
  DEFAULT_MAX_BYTES,
  type ReadOptions,
  type ResultOf,
  type Sink,
  WholeFiles,
} from "../containers/reading"
import { decodeMediaConvertEvent } from "../mediaconvert/decode"
import { decodeRecord } from "../record/decode"
import { type Loaded, loadHere, ReadAhead } from "./read-ahead"
import { type Answer, DEFAULT_WORKERS, ReadPool } from "./read-pool"
import { DEFAULT_SMALL_FILE_BYTES } from "./whole-file"

/** A result with the file it came from (stream-records.ts's Sourced). */
type Sourced<R> = ResultOf<R> & { readonly source: string }

/** What the reader of many files is told: the caps, and the size up to which a file is read whole. */
export interface ManyFilesOptions extends ReadOptions {
  readonly smallFileBytes?: number
  readonly readAhead?: boolean
  readonly workers?: number
}

/** How one file is read: its results, and how a file that is streamed gives them. */
export interface FileReading<R> {
  /** The results of one file streamed (a large one, or one whose gzip did not inflate whole). */
  readonly stream: (path: string) => AsyncGenerator<Sourced<R>>
  /** A failure of the file as a whole (it could not be opened or read). */
  readonly failed: (path: string, error: unknown) => Sourced<R>
  readonly lines: (path: string) => boolean
  readonly maxRecordBytes: number
}

const utf8 = (bytes: Uint8Array): string =>
  (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)).toString(
    "utf8",
  )

/**
 * The results of one file, each given its `source`. They are the sink's own, made for this
 * file: the member is added to each, not to a copy. Copies made a file at a time lived long
 * enough for V8 to allocate them straight into the old generation, whose garbage then grew the
 * resident set by about 80 MiB over 20,000 files before a full collection.
 */
const sourced = <R>(results: Array<ResultOf<R>>, source: string): Sourced<R>[] => {
  for (const result of results) (result as { source?: string }).source = source
  return results as Sourced<R>[]
}

/** Below this many files a read stays on the main thread: starting workers costs more than they save. */
const FEW_FILES = 32

/** The results of `files`, in order, read into `sink`: on worker threads when there are many. */
export async function* manyFiles<R>(
  files: ReadonlyArray<string>,
  options: ManyFilesOptions,
  sink: Sink<R>,
  reading: FileReading<R>,
): AsyncGenerator<Sourced<R>, void, undefined> {
  const small = options.smallFileBytes ?? DEFAULT_SMALL_FILE_BYTES
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const workers = options.workers ?? DEFAULT_WORKERS
  const selection = sink.policy.selection
  // Workers decode as the sink does: records, or MediaConvert events; another decoder stays here.
  const mediaConvert = (sink.decode as unknown) === decodeMediaConvertEvent
  const known = mediaConvert || (sink.decode as unknown) === decodeRecord
  const pool =
    known && workers > 1 && files.length >= FEW_FILES && small > 0
      ? ReadPool.start(workers, {
          sources: selection === undefined ? undefined : [...selection.sources],
          mediaConvert,
          smallFileBytes: small,
          maxBytes,
          maxRecordBytes: reading.maxRecordBytes,
          options: {
            maxBytes,
            ...(options.maxLogsDataBytes === undefined ? {} : { maxLogsDataBytes: options.maxLogsDataBytes }),
          },
        })
      : undefined
  const whole = new WholeFiles(utf8)
  const ready = (path: string, loaded: Loaded) => resultsLoaded(path, loaded, whole, options, sink, reading)
  // Results are yielded here, not through a generator per file: each layer of async
  // generators costs every result a turn of the microtask queue.
  if (pool === undefined) {
    // Where a second core inflates, the next files are read and inflated on the worker while
    // these are cut; on one core, or for a few files, each is read here in its turn.
    const readAhead = options.readAhead ?? (files.length >= FEW_FILES && availableParallelism() > 1)
    const ahead = small > 0 && readAhead ? new ReadAhead(files, small, maxBytes) : undefined
    for (let k = 0; k < files.length; k++) {
      const path = files[k] as string
      let loaded = ahead === undefined ? loadHere(path, small, maxBytes) : ahead.take(k)
      if (loaded instanceof Promise) loaded = await loaded
      const results = ready(path, loaded)
      if (results === undefined) yield* reading.stream(path)
      else for (const result of results) yield result
    }
    return
  }
  try {
    const ahead = workers * 2
    const send = (k: number) => {
      const path = files[k]
      if (path !== undefined) pool.send(k, path, reading.lines(path))
    }
    for (let k = 0; k < ahead; k++) send(k)
    for (let k = 0; k < files.length; k++) {
      const path = files[k] as string
      let answer: Answer | undefined
      try {
        answer = await pool.take(k)
      } catch {
        // A worker was lost: this file, and those after it, are read here.
        answer = undefined
      }
      send(k + ahead)
      const results =
        answer === undefined
          ? ready(path, loadHere(path, small, maxBytes))
          : answer.results !== undefined
            ? fromWorker(answer, path, sink)
            : "stream" in answer
              ? undefined
              : [
                  reading.failed(
                    path,
                    Object.assign(new Error(answer.error.message), { code: answer.error.code }),
                  ),
                ]
      if (results === undefined) yield* reading.stream(path)
      else for (const result of results) yield result
    }
  } finally {
    pool.close()
  }
}

/** The results of one file loaded on the main thread; undefined when it is to be streamed. */
const resultsLoaded = <R>(
  path: string,
  loaded: Loaded,
  whole: WholeFiles,
  options: ManyFilesOptions,
  sink: Sink<R>,
  reading: FileReading<R>,
): Sourced<R>[] | undefined => {
  if ("error" in loaded) return [reading.failed(path, loaded.error)]
  if ("stream" in loaded) return undefined
  try {
    whole.read(loaded.bytes, sink, {
      lines: reading.lines(path),
      maxRecordBytes: reading.maxRecordBytes,
      options,
    })
  } catch (error) {
    sink.drain()
    return [reading.failed(path, error)]
  }
  return sourced(sink.drain(), path)
}

/** The results a worker posted for one file: its kept records parsed here from their JSON text, in one call. */
const fromWorker = <R>(answer: Answer, source: string, sink: Sink<R>): Sourced<R>[] => {
  if (answer.results === undefined) return []
  for (const [name, count] of answer.passed) sink.passed.add(name, count)
  const values = answer.json === "[]" ? [] : (JSON.parse(answer.json) as unknown[])
  return answer.results.map((result) =>
    "k" in result
      ? ({ _tag: result._tag, record: values[result.k], path: result.path, source } as Sourced<R>)
      : ({ ...result, source } as Sourced<R>),
  )
}
