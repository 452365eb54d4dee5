// Reads files one after another, in path order: a small file read whole and inflated in one
// call (whole-file.ts) and cut with state kept from file to file, a large one streamed in its
// turn with bounded memory, as before; with `workers` above 1, worker threads read, cut,
// select, parse and decode the small files, a few files ahead, and post what is kept.

import {
  DEFAULT_MAX_BYTES,
  type ReadOptions,
  type ResultOf,
  type Sink,
  WholeFiles,
} from "../containers/reading"
import { decodeMediaConvertEvent } from "../mediaconvert/decode"
import { decodeRecord } from "../record/decode"
import { type Answer, DEFAULT_WORKERS, ReadPool } from "./read-pool"
import { DEFAULT_SMALL_FILE_BYTES, type WholeFile, wholeFile } from "./whole-file"

/** The files read ahead of the one being read: at most this many small files' bytes wait in memory. */
export const READ_AHEAD = 4

/** A result with the file it came from (stream-records.ts's Sourced). */
type Sourced<R> = ResultOf<R> & { readonly source: string }

/** What the reader of many files is told: the caps, and the size up to which a file is read whole. */
export interface ManyFilesOptions extends ReadOptions {
  readonly smallFileBytes?: number
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

const sourced = <R>(results: Array<ResultOf<R>>, source: string): Sourced<R>[] => {
  const out: Sourced<R>[] = new Array(results.length)
  for (let i = 0; i < results.length; i++) out[i] = { ...(results[i] as ResultOf<R>), source }
  return out
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
  const ready = (path: string, loaded: WholeFile | { error: unknown }) =>
    resultsLoaded(path, loaded, whole, options, sink, reading)
  // Results are yielded here, not through a generator per file: each layer of async
  // generators costs every result a turn of the microtask queue.
  if (pool === undefined) {
    const loading: Array<Promise<WholeFile | { error: unknown }> | undefined> = []
    const start = (k: number) => {
      const path = files[k]
      if (path !== undefined && loading[k] === undefined) loading[k] = load(path, small, maxBytes)
    }
    for (let k = 0; k < READ_AHEAD; k++) start(k)
    for (let k = 0; k < files.length; k++) {
      const path = files[k] as string
      const loaded = await (loading[k] as Promise<WholeFile | { error: unknown }>)
      loading[k] = undefined
      start(k + READ_AHEAD)
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
          ? ready(path, await load(path, small, maxBytes))
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

/** A file read whole (or to stream, or that failed), or the error of reading it. */
const load = (path: string, small: number, maxBytes: number): Promise<WholeFile | { error: unknown }> =>
  (small <= 0 ? Promise.resolve<WholeFile>({ stream: true }) : wholeFile(path, small, maxBytes)).catch(
    (error: unknown) => ({ error }),
  )

/** The results of one file loaded on the main thread; undefined when it is to be streamed. */
const resultsLoaded = <R>(
  path: string,
  loaded: WholeFile | { error: unknown },
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
