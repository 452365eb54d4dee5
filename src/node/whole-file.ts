// A small file read whole: one open, one stat, one read and one close, synchronous (on
// CloudTrail's files, tens of kilobytes in the page cache once listed or downloaded, the
// asynchronous calls cost more than the work), then, when it is gzip, one synchronous inflate
// call (node:zlib's asynchronous gunzip sets up a stream per call: on 4,000 files of 44 KB it
// took 374 ms of the main thread, the synchronous one about 250 ms). The inflating worker
// (inflate-worker.ts) follows the same rules. zlib's output buffer is sized from the gzip
// trailer's length, so the text comes back in one buffer, not in 16 KiB pieces joined after:
// a quarter less work (4,000 files of 55 KB: 312 ms against 411 ms). A file too large for
// that, or whose gzip does not inflate whole (corrupt, cut short, past the cap, bytes after
// the last member), is left to the streaming reader, which reports the records read before
// the problem and then the problem, as it always has.
import { closeSync, fstatSync, openSync, readSync } from "node:fs"
import { gunzipSync, type InputType, type ZlibOptions } from "node:zlib"
import { isGzip } from "../containers/reading"
import { withoutLeadingMark } from "./byte-order-mark"

/** Files up to this size on disk are read whole by default: CloudTrail's are tens of kilobytes. */
export const DEFAULT_SMALL_FILE_BYTES = 1024 * 1024

/** The most a small file read on this thread may inflate to before it is streamed instead. */
export const MAX_INFLATED = 64 * 1024 * 1024

/**
 * The most a small file read on the inflating worker may inflate to before it is streamed
 * instead: several are in flight at once (many-files.ts), so this bounds their memory.
 * CloudTrail's files inflate to well under a megabyte.
 */
export const MAX_INFLATED_AHEAD = 4 * 1024 * 1024

/** A file read whole, or one to stream (too large, or gzip that did not inflate whole). */
export type WholeFile = { readonly bytes: Uint8Array } | { readonly stream: true }

const STREAM: WholeFile = { stream: true }

/** The bytes of the file open as `fd`, when it holds at most `small` bytes. */
const readSmall = (fd: number, small: number): Buffer | undefined => {
  const size = fstatSync(fd).size
  if (size > small) return undefined
  // One more byte than the size: a file that grew since is streamed instead.
  const buffer = Buffer.allocUnsafe(size + 1)
  let length = 0
  for (;;) {
    const got = readSync(fd, buffer, length, buffer.length - length, null)
    if (got === 0) break
    length += got
    if (length > size) return undefined
  }
  return buffer.subarray(0, length)
}

/** The bytes of a file of at most `small` bytes, or undefined when it is larger. Throws when it cannot be read. */
const readWhole = (path: string, small: number): Buffer | undefined => {
  const fd = openSync(path, "r")
  try {
    return readSmall(fd, small)
  } finally {
    closeSync(fd)
  }
}

/**
 * The output buffer to ask of zlib for gzip `bytes`: the size the trailer gives (the length
 * of the last member, modulo 2^32: a hint, bounded, never trusted further), at least 4 KiB so
 * that it is never a slice of Node's shared pool. The inflating worker runs this function's
 * own text (inflate-worker.ts), so it uses nothing but its arguments.
 */
export const outputChunk = (bytes: Uint8Array, limit: number): number => {
  const end = bytes.length
  const claimed =
    end < 18
      ? 0
      : ((bytes[end - 4] as number) |
          ((bytes[end - 3] as number) << 8) |
          ((bytes[end - 2] as number) << 16) |
          ((bytes[end - 1] as number) << 24)) >>>
        0
  return Math.max(4096, Math.min(claimed + 1, 8 * 1024 * 1024, limit))
}

/** zlib's options for gzip `bytes` inflated to at most `limit` bytes. */
const inflateOptions = (bytes: Uint8Array, limit: number): ZlibOptions & { info: true } => ({
  maxOutputLength: limit,
  info: true,
  chunkSize: outputChunk(bytes, limit),
})

type Engine = { buffer: Buffer; engine: { bytesWritten: number } }

/**
 * The file's text once inflated: zlib checks each member's CRC-32 and length. Bytes after the
 * last member (zero padding, which zlib passes over without a word) are the streaming
 * reader's to report, as `trailing-data`, like every other path (SECURITY.md).
 */
const inflatedWhole = (bytes: Uint8Array, inflated: Engine): WholeFile =>
  inflated.engine.bytesWritten === bytes.length ? { bytes: withoutLeadingMark(inflated.buffer) } : STREAM

/** A small file's bytes as they are read: the text, or gzip inflated synchronously. */
const inflateSync = (bytes: Buffer, maxBytes: number): WholeFile => {
  if (!isGzip(bytes)) return { bytes: withoutLeadingMark(bytes) }
  try {
    const options = inflateOptions(bytes, Math.min(maxBytes, MAX_INFLATED))
    return inflatedWhole(bytes, gunzipSync(bytes as InputType, options) as unknown as Engine)
  } catch {
    return STREAM
  }
}

/**
 * Reads a file whole when it is at most `small` bytes, inflating it synchronously when it is
 * gzip (to at most `maxBytes`); otherwise says to stream it. Throws when the file cannot be
 * opened or read.
 */
export const wholeFileSync = (path: string, small: number, maxBytes: number): WholeFile => {
  const bytes = readWhole(path, small)
  return bytes === undefined ? STREAM : inflateSync(bytes, maxBytes)
}
