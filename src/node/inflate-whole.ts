// Gzip bytes held whole (a small file read in one go) inflated in one zlib call per member, on
// libuv's threads, framed with the core's rules (containers/input/gzip.ts) as every other path
// is: the header read here, the deflate data inflated raw (zlib says how much of it there
// was), the trailer's CRC-32 and length checked, members one after another, bytes after the
// last ignored and told. The one inflater of bytes in memory for node/, as inflateGzip is for
// the core.
import { crc32, inflateRaw } from "node:zlib"
import {
  type GzipProblem,
  gzipHeaderEnd,
  gzipProblem,
  gzipTrailer,
  type Inflated,
  isGzip,
  trailerProblem,
  trailingNotice,
} from "../containers/reading"

const inflated = (
  bytes: Uint8Array,
  maxOutputLength: number,
): Promise<{ buffer: Buffer; consumed: number } | { error: { code?: unknown; message: string } }> =>
  new Promise((resolve) =>
    inflateRaw(bytes, { info: true, maxOutputLength }, (error, result) => {
      if (error !== null) resolve({ error })
      else {
        const { buffer, engine } = result as unknown as { buffer: Buffer; engine: { bytesWritten: number } }
        resolve({ buffer, consumed: engine.bytesWritten })
      }
    }),
  )

const problemOf = (
  error: { code?: unknown; message: string },
  total: number,
  maxBytes: number,
): GzipProblem =>
  error.code === "ERR_BUFFER_TOO_LARGE"
    ? gzipProblem.tooLarge(maxBytes)
    : error.code === "Z_BUF_ERROR"
      ? gzipProblem.endsEarly(`after ${total} inflated bytes`)
      : gzipProblem.corrupt(error.message)

/**
 * Inflates gzip bytes held whole, checked as {@link inflateGzip} checks them, to at most
 * `maxBytes`. On a problem the bytes inflated before it are those of the members before (zlib's
 * one call gives nothing of the member it failed in): a reader that must report the records
 * read before the problem streams the bytes instead. Never rejects.
 */
export const inflateWhole = async (bytes: Uint8Array, maxBytes: number): Promise<Inflated> => {
  const members: Buffer[] = []
  let total = 0
  const done = (extra: { problem?: GzipProblem; trailing?: string } = {}): Inflated => ({
    bytes: members.length === 1 ? (members[0] as Buffer) : Buffer.concat(members, total),
    ...extra,
  })
  let at = 0
  for (;;) {
    const start = gzipHeaderEnd(bytes, at)
    if (start === "short") return done({ problem: gzipProblem.endsEarly("in a gzip header") })
    if (start === "not-gzip")
      return done({ problem: gzipProblem.corrupt("not a gzip header where one should start") })
    const member = await inflated(bytes.subarray(start), Math.max(0, maxBytes - total))
    if ("error" in member) return done({ problem: problemOf(member.error, total, maxBytes) })
    const trailer = start + member.consumed
    if (trailer + 8 > bytes.length) return done({ problem: gzipProblem.endsEarly("in a gzip trailer") })
    const problem = trailerProblem(gzipTrailer(bytes, trailer), crc32(member.buffer), member.buffer.length)
    if (problem !== undefined) return done({ problem })
    members.push(member.buffer)
    total += member.buffer.length
    at = trailer + 8
    if (at === bytes.length) return done()
    const rest = bytes.subarray(at)
    if (!isGzip(rest))
      return done({
        trailing: trailingNotice(
          rest.every((byte) => byte === 0),
          rest.length,
        ),
      })
  }
}
