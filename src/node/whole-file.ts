// A small file read whole: one open, one stat, one read, one close, and when it is gzip one
// inflate call. Both are synchronous: on CloudTrail's files (tens of kilobytes, in the page
// cache once listed or downloaded) the asynchronous calls cost the main thread more than the
// work itself (measured on 4,000 files of 40 KB: processor time 1.4 s synchronous, 1.5-2.1 s
// with callbacks; zlib's asynchronous gunzip about 20 times the synchronous one's time). A
// file too large for that, or whose gzip does not inflate whole (corrupt, cut short, past the
// cap), is left to the streaming reader, which reports the records read before the problem
// and then the problem, as it always has.
import { closeSync, fstatSync, openSync, readSync } from "node:fs"
import { gunzipSync } from "node:zlib"
import { isGzip } from "../containers/reading"
import { withoutLeadingMark } from "./byte-order-mark"

/** Files up to this size on disk are read whole by default: CloudTrail's are tens of kilobytes. */
export const DEFAULT_SMALL_FILE_BYTES = 1024 * 1024

/** The most a small file may inflate to before it is streamed instead. */
const MAX_INFLATED = 64 * 1024 * 1024

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

/**
 * Reads a file whole when it is at most `small` bytes, inflating it when it is gzip (to at
 * most `maxBytes`); otherwise says to stream it. Rejects when the file cannot be opened or read.
 */
export const wholeFile = async (path: string, small: number, maxBytes: number): Promise<WholeFile> => {
  const fd = openSync(path, "r")
  let bytes: Buffer | undefined
  try {
    bytes = readSmall(fd, small)
  } finally {
    closeSync(fd)
  }
  if (bytes === undefined) return STREAM
  if (!isGzip(bytes)) return { bytes: withoutLeadingMark(bytes) }
  try {
    const limit = Math.min(maxBytes, MAX_INFLATED)
    // zlib checks each member's CRC-32 and length. Bytes after the last member (zero padding,
    // which zlib passes over without a word) are the streaming reader's to report, as
    // `trailing-data`, like every other path (SECURITY.md).
    const { buffer, engine } = gunzipSync(bytes, { maxOutputLength: limit, info: true }) as unknown as {
      buffer: Buffer
      engine: { bytesWritten: number }
    }
    if (engine.bytesWritten !== bytes.length) return STREAM
    return { bytes: withoutLeadingMark(buffer) }
  } catch {
    return STREAM
  }
}
