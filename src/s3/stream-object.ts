import type { DecodeFailure } from "../failure"
import { type SourcedResult, type StreamOptions, streamRecords } from "../node/stream-records"
import type { ObjectReader } from "./object-reader"

/**
 * What turns the bytes of one object into results: {@link streamRecords} by default, or any
 * function of the same shape (such as one that yields MediaConvert events). Each result needs
 * a `_tag`; a `failure` result carries its `failure`.
 *
 * @example
 * import { streamRecords } from "mediaconvert-cloudtrail/node"
 * import type { ResultStream } from "mediaconvert-cloudtrail/s3"
 * const records: ResultStream<unknown> = streamRecords
 * @since 0.2.0
 */
export type ResultStream<R> = (bytes: AsyncIterable<Uint8Array>, options: StreamOptions) => AsyncIterable<R>

/**
 * How {@link streamObjectRecords} reads an object: the options of `streamRecords` (its
 * `name` is set to the object's `s3://bucket/key`), and the function that turns bytes into
 * results.
 *
 * @example
 * import type { ObjectStreamOptions } from "mediaconvert-cloudtrail/s3"
 * const options: ObjectStreamOptions = { maxBytes: 2 * 1024 ** 3 }
 * @since 0.2.0
 */
export interface ObjectStreamOptions<R = SourcedResult> extends Omit<StreamOptions, "name"> {
  /** Turns bytes into results. Default: `streamRecords` from `mediaconvert-cloudtrail/node`. */
  readonly stream?: ResultStream<R>
}

/**
 * The texts `streamRecords` gives a failure of the bytes themselves (see src/node/inflate.ts
 * and stream-records.ts): the object was not read whole, as opposed to a record in it that
 * is bad. test/s3 pins them with a truncated gzip object and a broken connection.
 */
const unreadableBytes = (failure: DecodeFailure): boolean => {
  const expected = failure.issues[0]?.expected ?? ""
  return (
    expected === "bytes that can be read" ||
    expected === "complete gzip data" ||
    expected === "gzip data" ||
    expected.startsWith("gzip data that inflates to at most")
  )
}

/** Internal: how reading one object went, filled in as its results are read. */
export interface ObjectOutcome {
  /** Why the object was not read whole; undefined while it has been read whole so far. */
  unreadable: string | undefined
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/** The failure a result carries, when it is a failure. */
export const failureOf = (result: unknown): DecodeFailure | undefined => {
  if (typeof result !== "object" || result === null) return undefined
  const found = result as { _tag?: unknown; failure?: DecodeFailure }
  return found._tag === "failure" && Array.isArray(found.failure?.issues) ? found.failure : undefined
}

/** Internal: one object's results, with `outcome` saying whether the object was read whole. */
export async function* objectResults<R>(
  read: ObjectReader,
  bucket: string,
  key: string,
  options: ObjectStreamOptions<R>,
  outcome: ObjectOutcome,
): AsyncGenerator<R, void, undefined> {
  let readError: { error: unknown } | undefined
  async function* bytes(): AsyncGenerator<Uint8Array> {
    try {
      yield* await read(bucket, key)
    } catch (error) {
      readError = { error }
      throw error
    }
  }
  const { stream = streamRecords as unknown as ResultStream<R>, ...rest } = options
  for await (const result of stream(bytes(), { ...rest, name: `s3://${bucket}/${key}` })) {
    const failure = failureOf(result)
    if (failure !== undefined && outcome.unreadable === undefined) {
      if (readError !== undefined) outcome.unreadable = message(readError.error)
      else if (unreadableBytes(failure))
        outcome.unreadable = `expected ${failure.issues[0]?.expected}, found ${failure.issues[0]?.found}`
    }
    yield result
  }
  if (readError !== undefined && outcome.unreadable === undefined)
    outcome.unreadable = message(readError.error)
}

/**
 * Streams the results of one CloudTrail log object (gzipped or not) read through `read`:
 * one result per record, each with its JSON path and `source` `s3://bucket/key`, in flat
 * memory whatever the object's size. An object that cannot be read, or whose gzip data ends
 * early, gives a failure after every record read before it. Never throws.
 *
 * @example
 * import { S3Client } from "@aws-sdk/client-s3"
 * import { logFilesIn } from "mediaconvert-cloudtrail"
 * import { s3ObjectReader, streamObjectRecords } from "mediaconvert-cloudtrail/s3"
 * const read = s3ObjectReader(new S3Client({}))
 * export const handler = async (event: unknown) => {
 *   for (const file of logFilesIn(event).files)
 *     for await (const result of streamObjectRecords(read, file))
 *       if (result._tag === "record") console.log(result.record.eventTime)
 * }
 * @since 0.2.0
 */
export function streamObjectRecords(
  read: ObjectReader,
  object: { readonly bucket: string; readonly key: string },
  options?: ObjectStreamOptions<SourcedResult>,
): AsyncGenerator<SourcedResult, void, undefined>
export function streamObjectRecords<R>(
  read: ObjectReader,
  object: { readonly bucket: string; readonly key: string },
  options: ObjectStreamOptions<R> & { readonly stream: ResultStream<R> },
): AsyncGenerator<R, void, undefined>
export function streamObjectRecords<R>(
  read: ObjectReader,
  object: { readonly bucket: string; readonly key: string },
  options: ObjectStreamOptions<R> = {},
): AsyncGenerator<R, void, undefined> {
  return objectResults(read, object.bucket, object.key, options, { unreadable: undefined })
}
