// A gzipped file inflated on the worker thread, framed here with the core's gzip rules
// (containers/input/gzip.ts), as the main thread's `inflated` frames a stream: the worker
// inflates the deflate data of one member from its offset and says where it ended; the
// header, the trailer's CRC-32 and length, further members and bytes after the last are read
// and checked on this side.
import { type FileHandle, open } from "node:fs/promises"
import { crc32 } from "node:zlib"
import {
  gzipHeaderEnd,
  gzipProblem,
  gzipTrailer,
  isGzip,
  trailerProblem,
  trailingNotice,
} from "../containers/reading"
import { BytesProblem } from "./inflate"
import { rawOnWorker } from "./inflate-worker"

/** What is read to find a member's header: most headers are 10 bytes, a name makes them longer. */
const HEADER = 64 * 1024
const MAX_HEADER = 1024 * 1024

const problemOf = (problem: { expected: string; found: string }) =>
  new BytesProblem(problem.expected, problem.found)

const readAt = async (handle: FileHandle, at: number, length: number): Promise<Uint8Array> => {
  const buffer = Buffer.alloc(length)
  const { bytesRead } = await handle.read(buffer, 0, length, at)
  return buffer.subarray(0, bytesRead)
}

/**
 * Yields the inflated bytes of a gzipped file, inflated on the worker; throws
 * {@link BytesProblem} as `inflated` does, and tells bytes after the gzip data to `trailing`.
 */
export async function* inflatedOnWorker(
  path: string,
  maxBytes: number,
  trailing?: (notice: string) => void,
): AsyncGenerator<Uint8Array> {
  const handle = await open(path, "r")
  try {
    let at = 0
    let total = 0
    for (;;) {
      let head = await readAt(handle, at, HEADER)
      let start = gzipHeaderEnd(head, 0)
      if (start === "short" && head.length === HEADER) {
        head = await readAt(handle, at, MAX_HEADER)
        start = gzipHeaderEnd(head, 0)
      }
      if (start === "short") throw problemOf(gzipProblem.endsEarly("in a gzip header"))
      if (start === "not-gzip")
        throw problemOf(gzipProblem.corrupt("not a gzip header where one should start"))
      let crc = 0
      let size = 0
      const pieces = rawOnWorker(path, at + start, maxBytes, maxBytes - total)
      let next = await pieces.next()
      while (!next.done) {
        crc = crc32(next.value, crc)
        size += next.value.length
        yield next.value
        next = await pieces.next()
      }
      total += size
      const trailerAt = at + start + next.value
      const trailer = await readAt(handle, trailerAt, 8)
      if (trailer.length < 8) throw problemOf(gzipProblem.endsEarly("in a gzip trailer"))
      const problem = trailerProblem(gzipTrailer(trailer, 0), crc, size)
      if (problem !== undefined) throw problemOf(problem)
      at = trailerAt + 8
      const after = await readAt(handle, at, 2)
      if (after.length === 0) return
      if (isGzip(after)) continue
      let zeros = true
      let count = 0
      for (
        let chunk = await readAt(handle, at, HEADER);
        chunk.length > 0;
        chunk = await readAt(handle, at, HEADER)
      ) {
        zeros &&= chunk.every((byte) => byte === 0)
        count += chunk.length
        at += chunk.length
      }
      trailing?.(trailingNotice(zeros, count))
      return
    }
  } finally {
    await handle.close()
  }
}
